/// The checks `renderManifests` runs on monitors before it writes anything.
extension Monitor {
    /// Every problem of this monitor, each naming `file` (where it would be written), the object and the field.
    func problems(file: String) -> [ManifestError] {
        var check = ObjectCheck(file: file, object: "\(kind) \(metadata.qualifiedName)")
        check.metadata(metadata)
        switch self {
        case .podMonitor(let monitor):
            check.selection(monitor.selector, monitor.namespaceSelector)
            check.optionalLabel(monitor.jobLabel, "spec.jobLabel")
            check.labelKeys(monitor.podTargetLabels, "spec.podTargetLabels")
            check.endpoints(monitor.endpoints, "spec.podMetricsEndpoints", portKind: "container port")
        case .serviceMonitor(let monitor):
            check.selection(monitor.selector, monitor.namespaceSelector)
            check.optionalLabel(monitor.jobLabel, "spec.jobLabel")
            check.labelKeys(monitor.targetLabels, "spec.targetLabels")
            check.labelKeys(monitor.podTargetLabels, "spec.podTargetLabels")
            check.endpoints(monitor.endpoints, "spec.endpoints", portKind: "service port")
        case .prometheusRule(let rule):
            check.ruleGroups(rule.groups)
        }
        return check.errors
    }
}

extension ObjectCheck {
    mutating func metadata(_ metadata: ObjectMeta) {
        require(Names.isDNSSubdomain(metadata.name), "metadata.name",
                "\"\(metadata.name)\" is not a Kubernetes object name (lowercase letters, digits, '-' and '.', at most 253)")
        if let namespace = metadata.namespace {
            require(Names.isDNSLabel(namespace), "metadata.namespace",
                    "\"\(namespace)\" is not a namespace name (lowercase letters, digits and '-', at most 63)")
        } else {
            fail("metadata.namespace", "a namespace is needed, so the manifest and its scrape config mean the same wherever they are applied")
        }
        labelMap(metadata.labels, "metadata.labels")
        for key in metadata.annotations.keys.sorted() where !Names.isQualifiedName(key) {
            fail("metadata.annotations", "\"\(key)\" is not an annotation key")
        }
    }

    /// Kubernetes labels: qualified keys, label values.
    mutating func labelMap(_ labels: [String: String], _ field: String) {
        for key in labels.keys.sorted() {
            require(Names.isQualifiedName(key), "\(field)", "\"\(key)\" is not a label key")
            require(Names.isLabelValue(labels[key]!), "\(field).\(key)",
                    "\"\(labels[key]!)\" is not a label value (letters, digits, '-', '_' and '.', at most 63)")
        }
    }

    mutating func selection(_ selector: LabelSelector, _ namespaceSelector: NamespaceSelector?) {
        require(!selector.isEmpty, "spec.selector",
                "a monitor needs a selector with matchLabels or matchExpressions; an empty one would scrape every pod or service")
        labelMap(selector.matchLabels, "spec.selector.matchLabels")
        for (index, requirement) in selector.matchExpressions.enumerated() {
            let field = "spec.selector.matchExpressions[\(index)]"
            require(Names.isQualifiedName(requirement.key), "\(field).key", "\"\(requirement.key)\" is not a label key")
            switch requirement.operator {
            case .in, .notIn:
                require(!requirement.values.isEmpty, "\(field).values", "\(requirement.operator.rawValue) needs at least one value")
            case .exists, .doesNotExist:
                require(requirement.values.isEmpty, "\(field).values", "\(requirement.operator.rawValue) takes no values")
            }
        }
        if let namespaceSelector {
            require(!(namespaceSelector.any == true && !namespaceSelector.matchNames.isEmpty), "spec.namespaceSelector",
                    "any: true and matchNames contradict each other; keep one")
            for (index, name) in namespaceSelector.matchNames.enumerated() {
                require(Names.isDNSLabel(name), "spec.namespaceSelector.matchNames[\(index)]", "\"\(name)\" is not a namespace name")
            }
        }
    }

    mutating func optionalLabel(_ label: String?, _ field: String) {
        if let label { require(Names.isQualifiedName(label), field, "\"\(label)\" is not a label key") }
    }

    mutating func labelKeys(_ keys: [String], _ field: String) {
        for (index, key) in keys.enumerated() {
            require(Names.isQualifiedName(key), "\(field)[\(index)]", "\"\(key)\" is not a label key")
        }
    }

    mutating func endpoints(_ endpoints: [ScrapeEndpoint], _ field: String, portKind: String) {
        require(!endpoints.isEmpty, field, "a monitor needs at least one endpoint")
        for (index, endpoint) in endpoints.enumerated() {
            let prefix = "\(field)[\(index)]"
            require(!endpoint.port.isEmpty, "\(prefix).port", "the port is empty; name the \(portKind) to scrape")
            if let path = endpoint.path { require(path.hasPrefix("/"), "\(prefix).path", "\"\(path)\" must start with '/'") }
            duration(endpoint.interval, "\(prefix).interval")
            duration(endpoint.scrapeTimeout, "\(prefix).scrapeTimeout")
            for key in endpoint.params.keys.sorted() where key.isEmpty {
                fail("\(prefix).params", "a parameter name is empty")
            }
            require(endpoint.basicAuth == nil || endpoint.authorization == nil, "\(prefix).authorization",
                    "basicAuth and authorization cannot both be set; Prometheus sends one Authorization header")
            if let basicAuth = endpoint.basicAuth {
                keySelector(basicAuth.username, "\(prefix).basicAuth.username")
                keySelector(basicAuth.password, "\(prefix).basicAuth.password")
            }
            if let authorization = endpoint.authorization {
                keySelector(authorization.credentials, "\(prefix).authorization.credentials")
                if let type = authorization.type {
                    require(type.lowercased() != "basic", "\(prefix).authorization.type", "use basicAuth for Basic authentication")
                }
            }
            if let tls = endpoint.tlsConfig {
                for (name, certificate) in [("ca", tls.ca), ("cert", tls.cert)] {
                    switch certificate {
                    case .secret(let selector): keySelector(selector, "\(prefix).tlsConfig.\(name).secret")
                    case .configMap(let selector): keySelector(selector, "\(prefix).tlsConfig.\(name).configMap")
                    case nil: break
                    }
                }
                if let key = tls.keySecret { keySelector(key, "\(prefix).tlsConfig.keySecret") }
                require((tls.cert == nil) == (tls.keySecret == nil), "\(prefix).tlsConfig", "a client certificate needs its key, and a key its certificate")
            }
            relabelings(endpoint.relabelings, "\(prefix).relabelings")
            relabelings(endpoint.metricRelabelings, "\(prefix).metricRelabelings")
        }
    }

    mutating func duration(_ value: String?, _ field: String) {
        if let value { require(Names.isDuration(value), field, "\"\(value)\" is not a duration like 30s, 1m or 1h30m") }
    }

    mutating func keySelector<Source>(_ selector: KeySelector<Source>, _ field: String) {
        require(Names.isDNSSubdomain(selector.name), "\(field).name", "\"\(selector.name)\" is not a \(Source.objectKind) name")
        require(!selector.key.isEmpty, "\(field).key", "the key inside the \(Source.objectKind) is empty")
    }

    mutating func relabelings(_ list: [Relabeling], _ field: String) {
        for (index, relabeling) in list.enumerated() { self.relabeling(relabeling, "\(field)[\(index)]") }
    }

    /// Prometheus's own rules for a relabel config (model/relabel Validate), plus: the regex must be RE2
    /// once anchored, keep/drop need source labels, labelmap/labeldrop/labelkeep need a regex.
    mutating func relabeling(_ r: Relabeling, _ field: String) {
        let action = r.action.rawValue
        for (index, label) in (r.sourceLabels ?? []).enumerated() {
            require(Names.isPrometheusLabel(label), "\(field).sourceLabels[\(index)]", "\"\(label)\" is not a Prometheus label name")
        }
        if let regex = r.regex, let error = RE2Syntax.checkAnchored(regex) {
            fail("\(field).regex", "\"\(regex)\" does not compile as RE2 once Prometheus anchors it as ^(?:...)$ (\(error))")
        }
        let needsTarget: Set<RelabelAction> = [.replace, .hashMod, .lowercase, .uppercase, .keepEqual, .dropEqual]
        if needsTarget.contains(r.action) {
            if let target = r.targetLabel, !target.isEmpty {
                let valid = r.action == .replace && target.contains("$") ? Names.isLabelTemplate(target) : Names.isPrometheusLabel(target)
                require(valid, "\(field).targetLabel", "\"\(target)\" is not a valid target label for the \(action) action")
            } else {
                fail("\(field).targetLabel", "the \(action) action needs a target label")
            }
        }
        switch r.action {
        case .keep, .drop:
            require(!(r.sourceLabels ?? []).isEmpty, "\(field).sourceLabels", "the \(action) action needs source labels to match the regex against")
        case .hashMod:
            require((r.modulus ?? 0) > 0, "\(field).modulus", "the hashmod action needs a modulus above zero")
        case .labelMap:
            require(r.regex != nil, "\(field).regex", "the labelmap action needs a regex matching the label names to copy")
            if let replacement = r.replacement {
                require(Names.isLabelTemplate(replacement), "\(field).replacement", "\"\(replacement)\" is not a valid label name template")
            }
        case .labelDrop, .labelKeep:
            require(r.regex != nil, "\(field).regex", "the \(action) action needs a regex matching label names")
            let extras = [("sourceLabels", r.sourceLabels != nil), ("targetLabel", r.targetLabel != nil), ("modulus", r.modulus != nil),
                          ("separator", r.separator != nil), ("replacement", r.replacement != nil)]
            for (name, isSet) in extras where isSet { fail("\(field).\(name)", "the \(action) action takes only a regex") }
        case .keepEqual, .dropEqual:
            require(!(r.sourceLabels ?? []).isEmpty, "\(field).sourceLabels", "the \(action) action needs source labels")
            let extras = [("regex", r.regex.map { $0 != "(.*)" } ?? false), ("modulus", r.modulus != nil),
                          ("separator", r.separator.map { $0 != ";" } ?? false), ("replacement", r.replacement.map { $0 != "$1" } ?? false)]
            for (name, isSet) in extras where isSet { fail("\(field).\(name)", "the \(action) action takes only sourceLabels and targetLabel") }
        case .lowercase, .uppercase:
            require(r.replacement.map { $0 == "$1" } ?? true, "\(field).replacement", "the \(action) action takes no replacement")
        case .replace:
            break
        }
    }

    mutating func ruleGroups(_ groups: [RuleGroup]) {
        require(!groups.isEmpty, "spec.groups", "a PrometheusRule needs at least one group")
        var seen = Set<String>()
        for (index, group) in groups.enumerated() {
            let prefix = "spec.groups[\(index)]"
            require(!group.name.isEmpty, "\(prefix).name", "a rule group needs a name")
            require(seen.insert(group.name).inserted, "\(prefix).name", "another group is already named \"\(group.name)\"")
            duration(group.interval, "\(prefix).interval")
            require(!group.rules.isEmpty, "\(prefix).rules", "a rule group needs at least one rule")
            for (ruleIndex, rule) in group.rules.enumerated() { self.rule(rule, "\(prefix).rules[\(ruleIndex)]") }
        }
    }

    mutating func rule(_ rule: Rule, _ field: String) {
        switch rule.kind {
        case .record(let name):
            require(Names.isMetricName(name), "\(field).record", "\"\(name)\" is not a metric name")
            require(rule.for == nil, "\(field).for", "only alerting rules have a for duration")
            require(rule.annotations.isEmpty, "\(field).annotations", "only alerting rules have annotations")
        case .alert(let name):
            require(!name.isEmpty, "\(field).alert", "an alerting rule needs a name")
        }
        require(!rule.expr.allSatisfy(\.isWhitespace), "\(field).expr", "the expression is empty")
        duration(rule.for, "\(field).for")
        for key in rule.labels.keys.sorted() where !Names.isPrometheusLabel(key) {
            fail("\(field).labels", "\"\(key)\" is not a Prometheus label name")
        }
        for key in rule.annotations.keys.sorted() where !Names.isPrometheusLabel(key) {
            fail("\(field).annotations", "\"\(key)\" is not a valid annotation name (a Prometheus label name)")
        }
    }
}
