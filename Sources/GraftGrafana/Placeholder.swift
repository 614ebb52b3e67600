// Lead's build placeholder: removed when the module's files land.
