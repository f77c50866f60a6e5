using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using CrmIndependence.Solution.Emulation;
using CrmIndependence.Solution.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator;

/// <summary>
/// The standard tables and the solution's tables are built once per process and every org gets its own
/// copy of the catalog: what one test adds to its org's metadata never reaches another org.
/// </summary>
[TestClass]
public sealed class CatalogCopyTests
{
    [TestMethod]
    public void A_table_added_to_one_orgs_metadata_is_unknown_to_the_next_org()
    {
        var first = Org.Create();
        first.Metadata.Add(TableBuilder.Define("new_widget", "new_name").Build());
        first.AsSystem.Create(new Entity("new_widget") { ["new_name"] = "only here" });

        var second = Org.Create();

        Assert.IsNull(second.Metadata.FindTable("new_widget"));
        Assert.IsNull(MetadataCatalog.CreateStandard().FindTable("new_widget"));
    }

    [TestMethod]
    public void A_column_added_to_a_standard_table_in_one_copy_leaves_the_other_copies_unchanged()
    {
        var changed = MetadataCatalog.CreateStandard();
        changed.AddColumns("account", ColumnDefinition.Text("new_code", 20));

        Assert.IsTrue(changed.Table("account").HasColumn("new_code"));
        Assert.IsFalse(MetadataCatalog.CreateStandard().Table("account").HasColumn("new_code"));
    }

    [TestMethod]
    public void Each_catalog_of_the_solution_source_is_its_own_copy()
    {
        var first = SolutionTables.CreateCatalog(SolutionTestLayout.SourceFolder);
        var second = SolutionTables.CreateCatalog(SolutionTestLayout.SourceFolder);
        first.AddColumns("cri_coachingsession", ColumnDefinition.Text("new_note", 50));

        Assert.AreNotSame(first, second);
        Assert.IsNotNull(second.FindTable("cri_coachingsession"), "the solution's tables are in every copy");
        Assert.IsFalse(second.Table("cri_coachingsession").HasColumn("new_note"));
    }

    [TestMethod]
    public void A_copy_keeps_the_global_choices_and_adding_one_to_the_copy_leaves_the_original_unchanged()
    {
        var original = MetadataCatalog.CreateStandard();
        original.AddGlobalChoice(new GlobalChoiceDefinition("new_tier", "Tier", new[] { new OptionDefinition(1, "Gold") }));

        var copy = original.Copy();
        copy.AddGlobalChoice(new GlobalChoiceDefinition("new_size", "Size", new[] { new OptionDefinition(1, "Small") }));

        Assert.IsNotNull(copy.FindGlobalChoice("new_tier"));
        Assert.IsNull(original.FindGlobalChoice("new_size"));
    }
}
