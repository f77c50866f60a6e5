using System;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Packing;
using CrmIndependence.Solution.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// A step declared to run as SYSTEM travels in the solution by the user's name, ImpersonatingUserIdName,
    /// which the step XML schema allows between PrimaryEntity and InvocationSource (the solution names the user,
    /// so SYSTEM, present in every environment, is the one impersonation a solution can carry).
    /// </summary>
    [TestClass]
    public sealed class StepImpersonationTests
    {
        [TestMethod]
        public void A_step_running_as_SYSTEM_names_SYSTEM_and_a_calling_user_step_names_nobody()
        {
            var system = Step("RunsAsSystem") with { ImpersonatingUserName = "SYSTEM" };
            var calling = Step("RunsAsCaller");
            var assembly = new PluginAssemblyModel(Guid.NewGuid(), "Sample.Plugins", "Sample.Plugins, Version=1.0.0.0", Array.Empty<byte>(), Array.Empty<PluginTypeModel>(), new[] { system, calling });

            var steps = SolutionDocuments.Customizations(SolutionTestLayout.Source, new[] { assembly }).Descendants("SdkMessageProcessingStep").ToList();

            var systemStep = steps.Single(step => (string)step.Attribute("Name")! == "RunsAsSystem");
            Assert.AreEqual("SYSTEM", (string?)systemStep.Element("ImpersonatingUserIdName"));
            var names = systemStep.Elements().Select(element => element.Name.LocalName).ToList();
            Assert.AreEqual(names.IndexOf("FilteringAttributes") + 1, names.IndexOf("ImpersonatingUserIdName"));
            Assert.AreEqual(names.IndexOf("ImpersonatingUserIdName") + 1, names.IndexOf("InvocationSource"));
            Assert.IsNull(steps.Single(step => (string)step.Attribute("Name")! == "RunsAsCaller").Element("ImpersonatingUserIdName"));
        }

        private static StepModel Step(string name) =>
            new(Guid.NewGuid(), name, "Sample.Plugins.Plugin, Sample.Plugins", Guid.NewGuid(), "Create", "account", 40, 0, 1, Array.Empty<string>(), null, null, Array.Empty<StepImageModel>());
    }
}
