using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// The comparer can fail: each kind of difference the invariant forbids is reported, with the type, our
    /// line and the official line(s) to compare with. Declaring less is allowed.
    /// </summary>
    [TestClass]
    public sealed class ApiConformanceComparerTests
    {
        private const string Official = @"// Sample, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35

public abstract class Microsoft.Xrm.Sdk.DataCollection`2<TKey, TValue> : System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<TKey, TValue>>, System.Collections.IEnumerable
{
  protected internal DataCollection();
  public virtual TValue this[TKey key] { get; set; }
  public bool Contains(TKey key);
  public bool TryGetValue(TKey key, out TValue value);
}

public class Microsoft.Xrm.Sdk.ParameterCollection : Microsoft.Xrm.Sdk.DataCollection<string, object>
{
  public ParameterCollection();
  protected ParameterCollection(System.Collections.Generic.IDictionary<string, object> collection);
}

[DataContract(Name = ""EntityReference"", Namespace = ""http://schemas.microsoft.com/xrm/2011/Contracts"")]
public sealed class Microsoft.Xrm.Sdk.EntityReference : System.Runtime.Serialization.IExtensibleDataObject
{
  public EntityReference();
  public EntityReference(string logicalName, System.Guid id);
  [DataMember] public System.Guid Id { get; set; }
  [DataMember] public string LogicalName { get; set; }
  public /*impl-final*/ System.Runtime.Serialization.ExtensionDataObject ExtensionData { get; set; }
}

public enum Microsoft.Xrm.Sdk.Query.JoinOperator : int
{
  Inner = 0,
  LeftOuter = 1,
  Natural = 2,
}
";

        [TestMethod]
        public void The_official_surface_itself_conforms()
        {
            Assert.IsTrue(Compare(Official).Conforms);
        }

        [TestMethod]
        public void Declaring_fewer_types_and_members_than_the_official_api_conforms()
        {
            var report = Compare(@"
public sealed class Microsoft.Xrm.Sdk.EntityReference : System.Runtime.Serialization.IExtensibleDataObject
{
  public EntityReference(string logicalName, System.Guid id);
  public System.Guid Id { get; set; }
}
");

            Assert.IsTrue(report.Conforms, report.ToString());
        }

        [TestMethod]
        public void A_wrong_return_type_is_reported_next_to_the_official_declaration()
        {
            var violation = SingleViolation(Official.Replace("public System.Guid Id { get; set; }", "public string Id { get; set; }"));

            Assert.AreEqual(ViolationKind.MemberNotInOfficialApi, violation.Kind);
            Assert.AreEqual("Microsoft.Xrm.Sdk.EntityReference", violation.Type);
            Assert.AreEqual("public string Id { get; set; }", violation.Line);
            CollectionAssert.AreEqual(new[] { "public System.Guid Id { get; set; }" }, violation.Closest.ToList());
        }

        [TestMethod]
        public void A_member_the_official_type_does_not_have_is_reported()
        {
            var violation = SingleViolation(Official.Replace(
                "  public EntityReference();",
                "  public EntityReference();\n  public string Name { get; set; }"));

            Assert.AreEqual(ViolationKind.MemberNotInOfficialApi, violation.Kind);
            Assert.AreEqual("public string Name { get; set; }", violation.Line);
            Assert.AreEqual(0, violation.Closest.Count);
        }

        [TestMethod]
        public void A_wrong_enum_value_is_reported()
        {
            var violation = SingleViolation(Official.Replace("Natural = 2,", "Natural = 3,"));

            Assert.AreEqual("Microsoft.Xrm.Sdk.Query.JoinOperator", violation.Type);
            Assert.AreEqual("Natural = 3,", violation.Line);
            CollectionAssert.AreEqual(new[] { "Natural = 2," }, violation.Closest.ToList());
        }

        [TestMethod]
        public void A_wrong_base_type_is_reported()
        {
            var violation = SingleViolation(Official.Replace(
                "Microsoft.Xrm.Sdk.ParameterCollection : Microsoft.Xrm.Sdk.DataCollection<string, object>",
                "Microsoft.Xrm.Sdk.ParameterCollection : Microsoft.Xrm.Sdk.DataCollection<string, string>"));

            Assert.AreEqual(ViolationKind.HeaderDiffers, violation.Kind);
            Assert.AreEqual("Microsoft.Xrm.Sdk.ParameterCollection", violation.Type);
            StringAssert.Contains(violation.Explanation, "base type Microsoft.Xrm.Sdk.DataCollection<string, string>, officially Microsoft.Xrm.Sdk.DataCollection<string, object>");
        }

        [TestMethod]
        public void A_DataCollection_member_redeclared_on_a_subclass_is_reported_with_its_declaring_type()
        {
            var violation = SingleViolation(Official.Replace(
                "  public ParameterCollection();",
                "  public ParameterCollection();\n  public bool Contains(string key);"));

            Assert.AreEqual(ViolationKind.MemberNotInOfficialApi, violation.Kind);
            Assert.AreEqual("Microsoft.Xrm.Sdk.ParameterCollection", violation.Type);
            Assert.AreEqual("public bool Contains(string key);", violation.Line);
            StringAssert.Contains(violation.Explanation, "declared on the base type Microsoft.Xrm.Sdk.DataCollection`2");
            CollectionAssert.AreEqual(new[] { "public bool Contains(TKey key);" }, violation.Closest.ToList());
        }

        [TestMethod]
        public void A_sealed_type_the_official_api_leaves_open_is_reported()
        {
            var violation = SingleViolation(Official.Replace("public class Microsoft.Xrm.Sdk.ParameterCollection", "public sealed class Microsoft.Xrm.Sdk.ParameterCollection"));

            Assert.AreEqual(ViolationKind.HeaderDiffers, violation.Kind);
            StringAssert.Contains(violation.Explanation, "declared 'public sealed class', officially 'public class'");
        }

        [TestMethod]
        public void A_member_made_virtual_is_reported()
        {
            var violation = SingleViolation(Official.Replace("public bool Contains(TKey key);", "public virtual bool Contains(TKey key);"));

            Assert.AreEqual("public virtual bool Contains(TKey key);", violation.Line);
            CollectionAssert.AreEqual(new[] { "public bool Contains(TKey key);" }, violation.Closest.ToList());
        }

        [TestMethod]
        public void An_interface_the_official_type_does_not_implement_is_reported()
        {
            var violation = SingleViolation(Official.Replace(
                "Microsoft.Xrm.Sdk.EntityReference : System.Runtime.Serialization.IExtensibleDataObject",
                "Microsoft.Xrm.Sdk.EntityReference : System.Runtime.Serialization.IExtensibleDataObject, System.IEquatable<Microsoft.Xrm.Sdk.EntityReference>"));

            Assert.AreEqual(ViolationKind.HeaderDiffers, violation.Kind);
            StringAssert.Contains(violation.Explanation, "implements System.IEquatable<Microsoft.Xrm.Sdk.EntityReference>");
        }

        [TestMethod]
        public void A_type_the_official_api_does_not_have_is_reported()
        {
            var violation = SingleViolation(Official + @"
public static class Microsoft.Xrm.Sdk.EntityExtensions
{
  public static string Describe(Microsoft.Xrm.Sdk.EntityReference reference);
}
");

            Assert.AreEqual(ViolationKind.TypeNotInOfficialApi, violation.Kind);
            Assert.AreEqual("Microsoft.Xrm.Sdk.EntityExtensions", violation.Type);
        }

        [TestMethod]
        public void The_report_names_the_type_our_line_and_the_closest_official_line()
        {
            var report = Compare(Official.Replace("public System.Guid Id { get; set; }", "public System.Guid Id { get; }"));

            var text = report.ToString();
            StringAssert.Contains(text, "ours.dll: 1 declaration(s) not in the official API");
            StringAssert.Contains(text, "Microsoft.Xrm.Sdk.EntityReference");
            StringAssert.Contains(text, "ours:     public System.Guid Id { get; }");
            StringAssert.Contains(text, "official: public System.Guid Id { get; set; }");
        }

        private static ConformanceReport Compare(string ours) =>
            ApiConformanceComparer.Compare("ours.dll", ApiListingParser.Parse(ours), ApiListingParser.Parse(Official));

        private static ConformanceViolation SingleViolation(string ours)
        {
            var report = Compare(ours);
            Assert.AreEqual(1, report.Violations.Count, report.ToString());
            return report.Violations[0];
        }
    }
}
