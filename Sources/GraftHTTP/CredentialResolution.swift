extension Credentials {
    /// A service's credentials from its flags when any is given, else from their environment
    /// variables; a token wins over a user and password from the same place, `.none` when neither
    /// place gives any. Messages begin with `service` and name flags and variables, never a value.
    public static func resolve(service: String, token: Setting, user: Setting, password: Setting,
                               environment: [String: String]) throws -> Credentials {
        let fromFlags = token.value != nil || user.value != nil || password.value != nil
        func value(_ setting: Setting) -> String? { fromFlags ? setting.value : environment.nonEmptyValue(setting.variable) }
        if let token = value(token) { return .token(token) }
        switch (value(user), value(password)) {
        case let (user?, password?):
            return .basic(user: user, password: password)
        case (_?, nil):
            throw ConfigurationError("A \(service) user was given without a password: pass \(password.flag) or set \(password.variable).")
        case (nil, _?):
            throw ConfigurationError("A \(service) password was given without a user: pass \(user.flag) or set \(user.variable).")
        case (nil, nil):
            return .none
        }
    }
}
