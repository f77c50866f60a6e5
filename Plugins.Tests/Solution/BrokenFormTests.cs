using System.IO;
using CrmIndependence.Solution.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// A form that would break for its users, or show them the suite's bookkeeping, stops the pack, naming the form's file, the control and what to fix: a
    /// subgrid whose relationship does not join its table to the form's, a subgrid showing a view of another table, a
    /// script library the solution lacks, a handler calling a library its form does not load.
    /// </summary>
    [TestClass]
    public sealed class BrokenFormTests
    {
        private const string SessionForm = "Entities/cri_CoachingSession/FormXml/main/{d1d83e33-2b8d-5866-a4ef-e10da318b61b}.xml";
        private const string RequestForm = "Entities/cri_HelpRequest/FormXml/main/{04fc59dc-08dc-5f32-8d56-16411e7b110c}.xml";

        [TestMethod]
        public void A_subgrid_whose_relationship_does_not_lead_from_the_forms_table_stops_the_pack()
        {
            var error = PackFailsWith(SessionForm, "cri_coachingtopic_CoachingSessionId_cri_coachingsession", "cri_coachingtopic_OpportunityId_opportunity");

            Assert.AreEqual(SessionForm, error.File);
            StringAssert.Contains(error.Element, "Topics");
            StringAssert.Contains(error.Message, "is not a relationship of Other/Relationships/ from 'cri_coachingsession' to 'cri_coachingtopic'");
        }

        [TestMethod]
        public void A_subgrid_showing_a_view_of_another_table_stops_the_pack()
        {
            var error = PackFailsWith(SessionForm, "{105B1A08-74DE-561C-A55E-6785FC0AF5AE}", "{D9B0E6ED-DC31-5149-A2D8-5607ADCC6B09}");

            StringAssert.Contains(error.Message, "shows the view {d9b0e6ed-dc31-5149-a2d8-5607adcc6b09}, which is not a view of 'cri_coachingtopic'");
        }

        [TestMethod]
        public void A_form_library_the_solution_lacks_stops_the_pack()
        {
            var error = PackFailsWith(RequestForm, "<Library name=\"cri_/scripts/helprequestform.js\"", "<Library name=\"cri_/scripts/missing.js\"");

            Assert.AreEqual(RequestForm, error.File);
            StringAssert.Contains(error.Message, "'cri_/scripts/missing.js' names a web resource the solution does not have");
        }

        [TestMethod]
        public void A_handler_calling_a_library_its_form_does_not_load_stops_the_pack()
        {
            var error = PackFailsWith(RequestForm, "libraryName=\"cri_/scripts/helprequestform.js\" handlerUniqueId", "libraryName=\"cri_/scripts/approvedeal.js\" handlerUniqueId");

            StringAssert.Contains(error.Message, "from 'cri_/scripts/approvedeal.js', which is not in the form's <formLibraries>");
        }

        [TestMethod]
        public void A_bookkeeping_column_on_a_form_stops_the_pack()
        {
            var error = PackFailsWith(RequestForm, "datafieldname=\"cri_decisionvalue\"", "datafieldname=\"cri_decisioncolumn\"");

            Assert.AreEqual(RequestForm, error.File);
            StringAssert.Contains(error.Message, "shows 'cri_decisioncolumn', the suite's bookkeeping (the logical name of an opportunity column, for integrations filing a Column decision)");
        }

        [TestMethod]
        public void A_site_map_subarea_opening_a_view_of_another_table_stops_the_pack()
        {
            var error = PackFailsWith(SiteMap, "etn=cri_helprequest&amp;viewid=%7b546d7cba", "etn=cri_coachingsession&amp;viewid=%7b546d7cba");

            Assert.AreEqual(SiteMap, error.File);
            StringAssert.Contains(error.Element, "<SubArea>");
            StringAssert.Contains(error.Message, "opens the view {546d7cba-d0aa-5ab2-8585-1be3db1a3a5b} (viewid=), which is not a view of 'cri_coachingsession'");
        }

        [TestMethod]
        public void A_site_map_subarea_opening_a_view_the_app_does_not_include_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var app = Path.Combine(source, "AppModules", "cri_SalesIndependence", "AppModule.xml");
            File.WriteAllText(app, File.ReadAllText(app).Replace("    <AppModuleComponent type=\"26\" id=\"{546d7cba-d0aa-5ab2-8585-1be3db1a3a5b}\" />\n", ""));

            var error = Assert.ThrowsExactly<SolutionSourceException>(() => SolutionTestLayout.PackTo(SolutionTestLayout.NewTempFolder("broken-app"), source));

            StringAssert.Contains(error.Message, "which the app does not include (an AppModuleComponent of type 26)");
        }

        private const string SiteMap = "AppModuleSiteMaps/cri_SalesIndependence/AppModuleSiteMap.xml";

        private static SolutionSourceException PackFailsWith(string relative, string from, string to)
        {
            var source = SolutionTestLayout.CopyOfSource();
            var file = Path.Combine(source, relative);
            var text = File.ReadAllText(file);
            Assert.IsTrue(text.Contains(from), $"{relative} holds {from}");
            File.WriteAllText(file, text.Replace(from, to));
            var output = SolutionTestLayout.NewTempFolder("broken-form");
            var error = Assert.ThrowsExactly<SolutionSourceException>(() => SolutionTestLayout.PackTo(output, source));
            Assert.AreEqual(0, Directory.GetFiles(output, "*.zip").Length, "no zip is left behind");
            return error;
        }
    }
}
