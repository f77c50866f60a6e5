using System;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Emulator.Querying;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmIndependence.Plugins.Tests.Emulator.Querying.SalesData;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>Paging by page number and by paging cookie, MoreRecords, top, total counts and the 5,000-row page.</summary>
[TestClass]
public sealed class PagingTests
{
    private const string ByName = "<order attribute='name' />";

    [TestMethod]
    public void Pages_follow_each_other_with_cookies_until_MoreRecords_is_false()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };
        query.AddOrder("name", OrderType.Ascending);
        var pages = new System.Collections.Generic.List<string>();
        EntityCollection page;
        do
        {
            page = data.Query(query);
            pages.Add(string.Join("|", Names(page)));
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
        while (page.MoreRecords);

        CollectionAssert.AreEqual(new[] { "Adventure Works|Contoso", "Fabrikam|Litware", "northwind traders" }, pages);
    }

    [TestMethod]
    public void The_cookie_names_the_page_and_its_last_and_first_rows()
    {
        var data = new SalesData();
        var page = data.Fetch($"<fetch count='2'><entity name='account'><attribute name='name' />{ByName}</entity></fetch>");

        Assert.AreEqual(
            "<cookie page=\"1\"><name last=\"Contoso\" first=\"Adventure Works\" /><accountid last=\"{A0000000-0000-0000-0000-000000000001}\" first=\"{A0000000-0000-0000-0000-000000000003}\" /></cookie>",
            page.PagingCookie);
        Assert.IsTrue(page.MoreRecords);
    }

    [TestMethod]
    public void A_cookie_continues_after_its_last_row_even_when_rows_were_added_before_it()
    {
        var data = new SalesData();
        var first = data.Fetch($"<fetch count='2' page='1'><entity name='account'><attribute name='name' />{ByName}</entity></fetch>");
        data.Source["account"].Add(Guid.NewGuid(), ("name", "Aardvark"));
        var cookie = System.Security.SecurityElement.Escape(first.PagingCookie);

        var byCookie = data.Fetch($"<fetch count='2' page='2' paging-cookie='{cookie}'><entity name='account'><attribute name='name' />{ByName}</entity></fetch>");
        var byNumber = data.Fetch($"<fetch count='2' page='2'><entity name='account'><attribute name='name' />{ByName}</entity></fetch>");

        Assert.AreEqual("Fabrikam|Litware", string.Join("|", Names(byCookie)));
        Assert.AreEqual("Contoso|Fabrikam", string.Join("|", Names(byNumber)));
    }

    [TestMethod]
    public void A_cookie_for_another_page_is_ignored()
    {
        var data = new SalesData();
        var first = data.Fetch($"<fetch count='2' page='1'><entity name='account'><attribute name='name' />{ByName}</entity></fetch>");
        var cookie = System.Security.SecurityElement.Escape(first.PagingCookie);

        var third = data.Fetch($"<fetch count='2' page='3' paging-cookie='{cookie}'><entity name='account'><attribute name='name' />{ByName}</entity></fetch>");

        Assert.AreEqual("northwind traders", string.Join("|", Names(third)));
        Assert.IsFalse(third.MoreRecords);
    }

    [TestMethod]
    public void Top_limits_the_rows_without_paging()
    {
        var data = new SalesData();
        var result = data.Fetch($"<fetch top='2'><entity name='account'><attribute name='name' />{ByName}</entity></fetch>");

        Assert.AreEqual("Adventure Works|Contoso", string.Join("|", Names(result)));
        Assert.IsFalse(result.MoreRecords);
        Assert.IsNull(result.PagingCookie);
    }

    [TestMethod]
    public void Total_record_count_is_returned_only_when_asked()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };
        var without = data.Query(query);
        query.PageInfo.ReturnTotalRecordCount = true;
        var with = data.Query(query);

        Assert.AreEqual(-1, without.TotalRecordCount);
        Assert.AreEqual(5, with.TotalRecordCount);
        Assert.IsFalse(with.TotalRecordCountLimitExceeded);
        Assert.AreEqual(2, with.Entities.Count);
    }

    [TestMethod]
    public void A_page_holds_at_most_5000_rows_and_the_total_count_stops_at_5000()
    {
        var source = new FakeQuerySource();
        var table = source.AddTable("task", "activityid", "subject").Column("subject", QueryColumnKind.Text);
        for (var i = 0; i < 5003; i++)
        {
            table.Add(Guid.NewGuid(), ("subject", "Task " + i));
        }
        var engine = new QueryEngine(source);

        var unpaged = engine.RetrieveMultiple(new FetchExpression("<fetch><entity name='task'><attribute name='subject' /></entity></fetch>"));
        var oversized = engine.RetrieveMultiple(new FetchExpression(
            "<fetch count='6000' returntotalrecordcount='true'><entity name='task'><attribute name='subject' /></entity></fetch>"));
        var second = engine.RetrieveMultiple(new FetchExpression(
            "<fetch count='5000' page='2'><entity name='task'><attribute name='subject' /></entity></fetch>"));

        Assert.AreEqual(5000, unpaged.Entities.Count);
        Assert.IsTrue(unpaged.MoreRecords);
        Assert.AreEqual(5000, oversized.Entities.Count);
        Assert.AreEqual(5000, oversized.TotalRecordCount);
        Assert.IsTrue(oversized.TotalRecordCountLimitExceeded);
        Assert.AreEqual(3, second.Entities.Count);
        Assert.IsFalse(second.MoreRecords);
    }

    [TestMethod]
    [DataRow("<fetch top='2' count='2'>")]
    [DataRow("<fetch top='2' page='2'>")]
    [DataRow("<fetch top='2' returntotalrecordcount='true'>")]
    [DataRow("<fetch top='5001'>")]
    [DataRow("<fetch top='0'>")]
    public void Top_refuses_paging_and_counts_outside_1_to_5000(string fetch)
    {
        var data = new SalesData();

        Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(
            () => data.Fetch(fetch + "<entity name='account'><attribute name='name' /></entity></fetch>"));
    }

    [TestMethod]
    public void QueryExpression_TopCount_with_a_page_size_is_a_fault()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { TopCount = 2, PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => data.Query(query));
        StringAssert.Contains(fault.Detail.Message, "Top.Count = 2");
    }

    [TestMethod]
    public void Distinct_removes_repeated_rows_before_paging()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch distinct='true'><entity name='account'><attribute name='name' /><order attribute='name' />
              <link-entity name='contact' from='parentcustomerid' to='accountid' />
            </entity></fetch>");

        Assert.AreEqual("Contoso|Fabrikam", string.Join("|", Names(result)));
        Assert.IsFalse(result.Entities.Any(e => e.Contains("accountid")));
    }
}
