using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>The listing parser reads headers and members and ignores attributes.</summary>
    [TestClass]
    public sealed class ApiListingParserTests
    {
        private const string Listing = @"// Sample, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
// PublicKey: 00240000ABCD
// ref: mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089

[DataContract(Name = ""Entity"", Namespace = ""http://schemas.microsoft.com/xrm/2011/Contracts"")]
public class Microsoft.Xrm.Sdk.Entity : System.Runtime.Serialization.IExtensibleDataObject
{
  [SuppressMessage(""Microsoft.Naming"", ""CA1721"", Justification = ""a [bracket] inside a string"")] [DataMember] public string LogicalName { get; set; }
  public T ToEntity<T>(); // constraints: T:Microsoft.Xrm.Sdk.Entity
}

public class Microsoft.Xrm.Sdk.ParameterCollection : Microsoft.Xrm.Sdk.DataCollection<string, object>
{
  public ParameterCollection();
}

public interface Microsoft.Xrm.Sdk.IPluginExecutionContext2 : Microsoft.Xrm.Sdk.IPluginExecutionContext, Microsoft.Xrm.Sdk.IExecutionContext
{
  System.Guid UserAzureActiveDirectoryObjectId { get; }
}

public enum Microsoft.Xrm.Sdk.Query.JoinOperator : int
{
  Inner = 0,
}
";

        [TestMethod]
        public void The_identity_and_public_key_come_from_the_comment_header()
        {
            var surface = ApiListingParser.Parse(Listing);

            Assert.AreEqual("Sample, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", surface.Identity);
            Assert.AreEqual("00240000abcd", surface.PublicKeyHex);
        }

        [TestMethod]
        public void Member_lines_lose_their_attributes_even_with_brackets_inside_strings()
        {
            var entity = ApiListingParser.Parse(Listing).Types["Microsoft.Xrm.Sdk.Entity"];

            CollectionAssert.AreEqual(
                new[] { "public string LogicalName { get; set; }", "public T ToEntity<T>(); // constraints: T:Microsoft.Xrm.Sdk.Entity" },
                entity.Members.ToList());
        }

        [TestMethod]
        public void A_header_splits_into_declaration_name_base_type_and_interfaces()
        {
            var types = ApiListingParser.Parse(Listing).Types;

            var entity = types["Microsoft.Xrm.Sdk.Entity"].Header;
            Assert.AreEqual("public class", entity.Declaration);
            Assert.AreEqual("Microsoft.Xrm.Sdk.Entity", entity.Name);
            Assert.IsNull(entity.BaseType, "an interface first after the colon is not a base type");
            CollectionAssert.AreEqual(new[] { "System.Runtime.Serialization.IExtensibleDataObject" }, types["Microsoft.Xrm.Sdk.Entity"].Header.Interfaces.ToList());
            Assert.AreEqual("Microsoft.Xrm.Sdk.DataCollection<string, object>", types["Microsoft.Xrm.Sdk.ParameterCollection"].Header.BaseType);
            Assert.IsNull(types["Microsoft.Xrm.Sdk.IPluginExecutionContext2"].Header.BaseType);
            Assert.AreEqual(2, types["Microsoft.Xrm.Sdk.IPluginExecutionContext2"].Header.Interfaces.Count);
            Assert.AreEqual("public enum", types["Microsoft.Xrm.Sdk.Query.JoinOperator"].Header.Declaration);
            Assert.AreEqual("int", types["Microsoft.Xrm.Sdk.Query.JoinOperator"].Header.BaseType);
        }

        [TestMethod]
        public void The_header_line_is_written_back_as_read()
        {
            var surface = ApiListingParser.Parse(Listing);

            Assert.AreEqual(
                "public interface Microsoft.Xrm.Sdk.IPluginExecutionContext2 : Microsoft.Xrm.Sdk.IPluginExecutionContext, Microsoft.Xrm.Sdk.IExecutionContext",
                surface.Types["Microsoft.Xrm.Sdk.IPluginExecutionContext2"].Header.Line);
        }

        [TestMethod]
        [DataRow("public bool Contains(string attributeName);", "Contains")]
        [DataRow("public virtual TValue this[TKey key] { get; set; }", "this[]")]
        [DataRow("public System.Nullable<System.Guid> RequestId { get; set; }", "RequestId")]
        [DataRow("public T ToEntity<T>(); // constraints: T:Microsoft.Xrm.Sdk.Entity", "ToEntity")]
        [DataRow("public const string Namespace = \"http://x (y)\";", "Namespace")]
        [DataRow("public static readonly Microsoft.Xrm.Sdk.Workflow.XrmTimeSpan Zero;", "Zero")]
        [DataRow("public EventId(int id, string name = null);", "EventId")]
        [DataRow("Natural = 2,", "Natural")]
        [DataRow("public event System.EventHandler<Microsoft.Xrm.Sdk.Client.ChannelEventArgs> ChannelOpened;", "ChannelOpened")]
        public void A_member_line_is_known_by_its_name(string line, string name)
        {
            Assert.AreEqual(name, ListingSyntax.MemberNameOf(line));
        }

        [TestMethod]
        public void Every_official_listing_parses_with_the_known_traps_in_place()
        {
            var layout = RepositoryLayout.Current;
            var sdk = ApiListingParser.ParseFile(layout.OfficialListing("Microsoft.Xrm.Sdk"));
            var proxy = ApiListingParser.ParseFile(layout.OfficialListing("Microsoft.Crm.Sdk.Proxy"));
            var workflow = ApiListingParser.ParseFile(layout.OfficialListing("Microsoft.Xrm.Sdk.Workflow"));

            var dataCollection = sdk.Types["Microsoft.Xrm.Sdk.DataCollection`2"];
            CollectionAssert.Contains(dataCollection.Members.ToList(), "public virtual TValue this[TKey key] { get; set; }");
            CollectionAssert.DoesNotContain(sdk.Types["Microsoft.Xrm.Sdk.ParameterCollection"].Members.Select(ListingSyntax.MemberNameOf).ToList(), "Contains");
            Assert.AreEqual("public class", sdk.Types["Microsoft.Xrm.Sdk.Entity"].Header.Declaration);
            Assert.AreEqual("public sealed class", sdk.Types["Microsoft.Xrm.Sdk.EntityReference"].Header.Declaration);
            Assert.AreEqual("Microsoft.Xrm.Sdk.OrganizationRequest", proxy.Types["Microsoft.Crm.Sdk.Messages.WinOpportunityRequest"].Header.BaseType);
            Assert.AreEqual("Microsoft.Xrm.Sdk.Workflow.ParameterAttribute", workflow.Types["Microsoft.Xrm.Sdk.Workflow.InputAttribute"].Header.BaseType);
            Assert.IsTrue(new[] { sdk, proxy, workflow }.All(surface => surface.PublicKeyHex.Length == 320), "each listing carries the 160-byte public key");
        }
    }
}
