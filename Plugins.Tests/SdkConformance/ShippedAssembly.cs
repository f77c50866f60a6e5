using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// An assembly that ships in the Dataverse solution (net462, strong-named, sandboxed) and the only
    /// assemblies it may reference: the .NET Framework and the SDK, never a third-party one.
    /// </summary>
    public sealed class ShippedAssembly
    {
        private const string FrameworkToken = "PublicKeyToken=b77a5c561934e089";
        private const string MicrosoftToken = "PublicKeyToken=31bf3856ad364e35";

        private static readonly string[] Framework =
        {
            $"mscorlib, Version=4.0.0.0, Culture=neutral, {FrameworkToken}",
            $"System, Version=4.0.0.0, Culture=neutral, {FrameworkToken}",
            $"System.Core, Version=4.0.0.0, Culture=neutral, {FrameworkToken}",
            $"System.Runtime.Serialization, Version=4.0.0.0, Culture=neutral, {FrameworkToken}",
            $"System.ServiceModel, Version=4.0.0.0, Culture=neutral, {FrameworkToken}",
            $"System.Xml, Version=4.0.0.0, Culture=neutral, {FrameworkToken}",
            $"System.Xml.Linq, Version=4.0.0.0, Culture=neutral, {FrameworkToken}",
        };

        private static readonly string[] Sdk =
        {
            $"Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, {MicrosoftToken}",
            $"Microsoft.Crm.Sdk.Proxy, Version=9.0.0.0, Culture=neutral, {MicrosoftToken}",
        };

        private static readonly string[] Workflow =
        {
            $"System.Activities, Version=4.0.0.0, Culture=neutral, {MicrosoftToken}",
            $"Microsoft.Xrm.Sdk.Workflow, Version=9.0.0.0, Culture=neutral, {MicrosoftToken}",
        };

        public static readonly ShippedAssembly Plugins = new("Plugins", "CrmIndependence.Plugins", Framework.Concat(Sdk));

        public static readonly ShippedAssembly Workflows = new("Workflows", "CrmIndependence.Workflows", Framework.Concat(Sdk).Concat(Workflow));

        private ShippedAssembly(string projectFolder, string name, IEnumerable<string> allowedReferences)
        {
            ProjectFolder = projectFolder;
            Name = name;
            AllowedReferences = allowedReferences.ToHashSet(StringComparer.Ordinal);
        }

        /// <summary>The reference every shipped assembly records: the official SDK identity.</summary>
        public static string OfficialXrmSdkReference => Sdk[0];

        public string ProjectFolder { get; }

        public string Name { get; }

        /// <summary>Full display names, version and token included.</summary>
        public IReadOnlySet<string> AllowedReferences { get; }

        public static ShippedAssembly Named(string name) =>
            new[] { Plugins, Workflows }.Single(shipped => shipped.Name == name);

        public string Path => RepositoryLayout.Current.BuiltAssembly(ProjectFolder, Name, SdkAssemblies.NetFramework);

        public override string ToString() => Name;
    }
}
