namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>The reference assemblies under <c>Sdk/</c> and the target frameworks they are built for.</summary>
    public static class SdkAssemblies
    {
        public const string XrmSdk = "Microsoft.Xrm.Sdk";
        public const string CrmSdkProxy = "Microsoft.Crm.Sdk.Proxy";
        public const string XrmSdkWorkflow = "Microsoft.Xrm.Sdk.Workflow";

        /// <summary>What Dataverse runs.</summary>
        public const string NetFramework = "net462";

        /// <summary>What the tests and the emulator run (<c>$(ModernTargetFramework)</c> in Directory.Build.props).</summary>
        public const string Modern = "net10.0";

        /// <summary>The official identity shared by the three assemblies.</summary>
        public const string Version = "9.0.0.0";

        public const string MicrosoftPublicKeyToken = "31bf3856ad364e35";
    }
}
