using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// A plug-in compiled against <c>Sdk/</c> records exactly the reference it would record against the
    /// official package, so it binds to the platform's own assemblies at run time.
    /// </summary>
    [TestClass]
    public sealed class SdkAssemblyIdentityTests
    {
        [TestMethod]
        [DataRow(SdkAssemblies.XrmSdk, SdkAssemblies.NetFramework)]
        [DataRow(SdkAssemblies.XrmSdk, SdkAssemblies.Modern)]
        [DataRow(SdkAssemblies.CrmSdkProxy, SdkAssemblies.NetFramework)]
        [DataRow(SdkAssemblies.CrmSdkProxy, SdkAssemblies.Modern)]
        [DataRow(SdkAssemblies.XrmSdkWorkflow, SdkAssemblies.NetFramework)]
        public void Each_Sdk_assembly_has_the_official_name_version_culture_token_and_public_key(string assemblyName, string targetFramework)
        {
            var layout = RepositoryLayout.Current;
            using var assembly = BuiltAssemblies.Read(layout.SdkAssembly(assemblyName, targetFramework));
            var official = ApiListingParser.ParseFile(layout.OfficialListing(assemblyName));
            var name = assembly.Name;

            Assert.AreEqual(assemblyName, name.Name);
            Assert.AreEqual(new Version(SdkAssemblies.Version), name.Version);
            Assert.IsTrue(string.IsNullOrEmpty(name.Culture), $"culture must be neutral, was '{name.Culture}'");
            Assert.AreEqual(SdkAssemblies.MicrosoftPublicKeyToken, Convert.ToHexString(name.PublicKeyToken).ToLowerInvariant());
            Assert.AreEqual(official.PublicKeyHex, Convert.ToHexString(name.PublicKey).ToLowerInvariant(), "public key differs from the official listing's");
            Assert.AreEqual(official.Identity, name.FullName);
        }
    }
}
