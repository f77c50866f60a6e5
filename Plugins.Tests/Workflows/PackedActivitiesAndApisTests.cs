using System;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Scoring.Platform;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Workflows
{
    /// <summary>
    /// The packed zip holds the workflow activities as plugin types of the workflow assembly with their group name, and
    /// the custom API definitions bound to the plugin types that implement them ([CustomApi]).
    /// </summary>
    [TestClass]
    public sealed class PackedActivitiesAndApisTests
    {
        private static PackedZip Zip => PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip);

        [TestMethod]
        public void The_activities_ship_as_plugin_types_in_the_CrmIndependence_group()
        {
            var assembly = Zip.PluginAssemblies.Single(a => ((string)a.Attribute("FullName")!).StartsWith("CrmIndependence.Workflows,", StringComparison.Ordinal));
            var types = assembly.Element("PluginTypes")!.Elements("PluginType").ToList();

            CollectionAssert.AreEquivalent(
                new[] { "CalculateIndependenceScore", "CheckStageRequirements", "OpenCoachingSession" }.Select(n => "CrmIndependence.Workflows.Activities." + n).ToList(),
                types.Select(t => (string)t.Attribute("Name")!).ToList());
            Assert.IsTrue(types.All(t => (string?)t.Element("WorkflowActivityGroupName") == "CrmIndependence"));
            Assert.IsTrue(Zip.Entries.Any(e => e.Name.StartsWith("PluginAssemblies/CrmIndependenceWorkflows-", StringComparison.Ordinal)));
        }

        [TestMethod]
        [DataRow("cri_GetIndependenceScore", "CrmIndependence.Plugins.Scoring.Steps.GetIndependenceScoreApi")]
        [DataRow("cri_CheckStageRequirements", "CrmIndependence.Plugins.StageGates.Steps.CheckStageRequirementsApi")]
        [DataRow("cri_ApproveDeal", "CrmIndependence.Plugins.DecisionAuthority.Steps.ApproveDealApi")]
        public void Each_custom_API_ships_bound_to_the_plugin_type_that_implements_it(string api, string pluginType)
        {
            var zip = Zip;
            var definition = XElement.Parse(zip.Text($"customapis/{api}/customapi.xml"));
            var key = definition.Element("plugintypeid")!.Element("plugintypeexportkey")!.Value;
            var shipped = zip.PluginAssemblies.SelectMany(a => a.Element("PluginTypes")!.Elements("PluginType"))
                .Single(t => (string)t.Attribute("PluginTypeId")! == key);

            Assert.AreEqual(pluginType, (string)shipped.Attribute("Name")!);
            var registration = RegistrationReader.Read(typeof(CrmIndependence.Plugins.Infrastructure.PluginBase).Assembly)
                .CustomApis.Single(c => c.UniqueName == api);
            Assert.AreEqual(pluginType, registration.PluginType.FullName);
            Assert.AreEqual(api, (string)definition.Attribute("uniquename")!);
        }

        [TestMethod]
        public void The_score_API_defines_every_response_property_the_plugin_returns()
        {
            var properties = Zip.Entries
                .Select(e => e.Name)
                .Where(n => n.StartsWith("customapis/cri_GetIndependenceScore/customapiresponseproperties/", StringComparison.Ordinal))
                .Select(n => n.Split('/')[3])
                .ToList();

            var returned = new[] { ScoreCounters.Score, ScoreCounters.InvolvementRatio, ScoreCounters.SignalCount }
                .Concat(ScoreCounters.All.Select(c => c.ResponseName)).ToList();
            CollectionAssert.AreEquivalent(returned, properties);
        }

        [TestMethod]
        public void A_custom_API_bound_to_the_wrong_plugin_type_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var file = System.IO.Path.Combine(source, "customapis", "cri_CheckStageRequirements", "customapi.xml");
            var xml = XElement.Load(file);
            xml.Element("plugintypeid")!.Element("plugintypeexportkey")!.Value = DeterministicId.For("plugintype:CrmIndependence.Plugins.Scoring.Steps.GetIndependenceScoreApi").ToString("D");
            xml.Save(file);

            var error = Assert.ThrowsExactly<CrmIndependence.Solution.Source.SolutionSourceException>(() =>
                SolutionTestLayout.PackTo(SolutionTestLayout.NewTempFolder("bad-api"), source));

            StringAssert.Contains(error.Message, "does not declare [CustomApi(\"cri_CheckStageRequirements\")]");
        }

        [TestMethod]
        public void A_response_property_with_isoptional_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var file = System.IO.Path.Combine(source, "customapis", "cri_CheckStageRequirements", "customapiresponseproperties", "Passes", "customapiresponseproperty.xml");
            var xml = XElement.Load(file);
            xml.Add(new XElement("isoptional", 0));
            xml.Save(file);

            var error = Assert.ThrowsExactly<CrmIndependence.Solution.Source.SolutionSourceException>(() =>
                SolutionTestLayout.PackTo(SolutionTestLayout.NewTempFolder("bad-api"), source));

            StringAssert.Contains(error.Message, "is not allowed on a response property");
        }
    }
}
