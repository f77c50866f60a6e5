using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Solution.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// The opportunity's window of recently counted activities (cri_countedactivities): multiline text long enough
    /// for a full window, and a technical column that no form, view or chart of the solution shows.
    /// </summary>
    [TestClass]
    public sealed class CountedActivitiesColumnTests
    {
        [TestMethod]
        public void The_column_is_multiline_text_that_holds_a_full_window()
        {
            var column = SolutionTestLayout.Source.Model.FindTable(Opportunity.EntityName)?.FindColumn(Opportunity.CountedActivities);

            Assert.IsNotNull(column, "the solution defines opportunity.cri_countedactivities");
            Assert.AreEqual(ColumnType.Memo, column!.Type);
            Assert.IsNotNull(column.MaxLength);
            Assert.IsTrue(column.MaxLength >= RecentlyCounted.MaximumTextLength, $"MaxLength {column.MaxLength} < {RecentlyCounted.MaximumTextLength}");
        }

        [TestMethod]
        public void No_form_view_chart_or_dashboard_shows_the_column()
        {
            var definition = Path.Combine(SolutionTestLayout.SourceFolder, "Entities", "Opportunity", "Entity.xml");
            var showing = Directory.EnumerateFiles(SolutionTestLayout.SourceFolder, "*.xml", SearchOption.AllDirectories)
                .Where(path => !string.Equals(Path.GetFullPath(path), Path.GetFullPath(definition), StringComparison.Ordinal))
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}Packer{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Where(path => File.ReadAllText(path).Contains(Opportunity.CountedActivities, StringComparison.OrdinalIgnoreCase))
                .ToArray();
            var opportunityForms = XDocument.Load(definition).Root!.Element("FormXml")?.ToString() ?? string.Empty;

            Assert.AreEqual(0, showing.Length, string.Join(Environment.NewLine, showing));
            Assert.IsFalse(opportunityForms.Contains(Opportunity.CountedActivities, StringComparison.OrdinalIgnoreCase), "the opportunity's forms in Entity.xml");
        }
    }
}
