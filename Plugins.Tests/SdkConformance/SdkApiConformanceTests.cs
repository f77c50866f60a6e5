using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// The invariant of <c>Sdk/</c>: everything our reference assemblies declare public or protected exists in
    /// the official 9.0.2.34 assemblies with the identical signature, for every target framework built.
    /// Otherwise a plug-in compiles here and fails in Dataverse with MissingMethodException.
    /// </summary>
    [TestClass]
    public sealed class SdkApiConformanceTests
    {
        [TestMethod]
        [DataRow(SdkAssemblies.NetFramework)]
        [DataRow(SdkAssemblies.Modern)]
        public void Every_public_member_of_Microsoft_Xrm_Sdk_exists_in_the_official_9_0_2_34_api(string targetFramework)
        {
            AssertConforms(SdkAssemblies.XrmSdk, targetFramework);
        }

        [TestMethod]
        [DataRow(SdkAssemblies.NetFramework)]
        [DataRow(SdkAssemblies.Modern)]
        public void Every_public_member_of_Microsoft_Crm_Sdk_Proxy_exists_in_the_official_9_0_2_34_api(string targetFramework)
        {
            AssertConforms(SdkAssemblies.CrmSdkProxy, targetFramework);
        }

        [TestMethod]
        [DataRow(SdkAssemblies.NetFramework)]
        public void Every_public_member_of_Microsoft_Xrm_Sdk_Workflow_exists_in_the_official_9_0_2_34_api(string targetFramework)
        {
            AssertConforms(SdkAssemblies.XrmSdkWorkflow, targetFramework);
        }

        private static void AssertConforms(string assemblyName, string targetFramework)
        {
            var layout = RepositoryLayout.Current;
            var path = BuiltAssemblies.Require(layout.SdkAssembly(assemblyName, targetFramework));
            var official = ApiListingParser.ParseFile(layout.OfficialListing(assemblyName));

            var report = ApiConformanceComparer.Compare(layout.Relative(path), ApiRenderer.Render(path), official);

            Assert.IsTrue(report.Conforms, report.ToString());
        }
    }
}
