namespace CrmIndependence.Plugins.Schema
{
    /// <summary>The settings tables: the policy is one JSON environment variable, <see cref="PolicySchemaName"/>.</summary>
    public static class EnvironmentVariableDefinition
    {
        public const string EntityName = "environmentvariabledefinition";
        public const string PrimaryId = "environmentvariabledefinitionid";
        public const string SchemaName = "schemaname";
        public const string DefaultValue = "defaultvalue";
        public const string Type = "type";

        /// <summary>The schema name of the suite's policy variable (JSON; default mode "observe").</summary>
        public const string PolicySchemaName = "cri_policy";
    }

    public static class EnvironmentVariableValue
    {
        public const string EntityName = "environmentvariablevalue";
        public const string PrimaryId = "environmentvariablevalueid";
        public const string EnvironmentVariableDefinitionId = "environmentvariabledefinitionid";
        public const string SchemaName = "schemaname";
        public const string Value = "value";
    }
}
