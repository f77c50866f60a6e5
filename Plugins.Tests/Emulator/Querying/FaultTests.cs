using System;
using System.ServiceModel;
using CrmIndependence.Emulator;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// What the engine refuses. Anything it does not implement is a fault that names it — never a silent,
/// possibly wrong answer.
/// </summary>
[TestClass]
public sealed class FaultTests
{
    private static FaultException<OrganizationServiceFault> FaultOf(Action query) =>
        Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(query);

    [TestMethod]
    [DataRow("<attribute name='nickname' />")]
    [DataRow("<filter><condition attribute='nickname' operator='eq' value='x' /></filter>")]
    [DataRow("<order attribute='nickname' />")]
    [DataRow("<link-entity name='contact' from='contactid' to='primarycontactid'><attribute name='nickname' /></link-entity>")]
    public void An_unknown_column_names_the_table_and_the_column(string body)
    {
        var data = new SalesData();

        var fault = FaultOf(() => data.Fetch($"<fetch><entity name='account'>{body}</entity></fetch>"));

        Assert.AreEqual(Faults.QueryBuilderNoAttribute, fault.Detail.ErrorCode);
        StringAssert.Contains(fault.Detail.Message, "'nickname'");
        StringAssert.Contains(fault.Detail.Message, body.Contains("link-entity") ? "'contact'" : "'account'");
    }

    [TestMethod]
    public void An_unknown_column_in_a_QueryExpression_is_a_fault_too()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "nickname") };

        var fault = FaultOf(() => data.Query(query));

        StringAssert.Contains(fault.Detail.Message, "'account' entity doesn't contain attribute with Name = 'nickname'");
    }

    [TestMethod]
    [DataRow("eq-useroruserhierarchyandteams", null)]
    [DataRow("eq-userlanguage", null)]
    [DataRow("this-fiscal-year", null)]
    [DataRow("in-fiscal-year", "2024")]
    public void An_operator_the_engine_does_not_implement_is_a_fault_naming_it(string op, string? value)
    {
        var data = new SalesData();
        var column = op.Contains("fiscal") ? "createdon" : op == "eq-userlanguage" ? "numberofemployees" : "ownerid";

        var fault = FaultOf(() => data.Fetch($@"
            <fetch><entity name='account'>
              <filter><condition attribute='{column}' operator='{op}'{(value is null ? "" : $" value='{value}'")} /></filter>
            </entity></fetch>"));

        Assert.AreEqual(Faults.QueryBuilderNotSupported, fault.Detail.ErrorCode);
        StringAssert.Contains(fault.Detail.Message, op);
    }

    [TestMethod]
    [DataRow(ConditionOperator.ChildOf)]
    [DataRow(ConditionOperator.Mask)]
    [DataRow(ConditionOperator.ContainValues)]
    public void QueryExpression_operators_without_support_are_faults(ConditionOperator op)
    {
        var data = new SalesData();
        var query = new QueryExpression("account");
        query.Criteria.AddCondition(op == ConditionOperator.ContainValues ? "interests" : "numberofemployees", op, 1);

        var fault = FaultOf(() => data.Query(query));

        StringAssert.Contains(fault.Detail.Message, op.ToString());
    }

    [TestMethod]
    public void An_operator_FetchXml_does_not_have_is_a_fault()
    {
        var data = new SalesData();

        var fault = FaultOf(() => data.Fetch(
            "<fetch><entity name='account'><filter><condition attribute='name' operator='sounds-like' value='x' /></filter></entity></fetch>"));

        Assert.AreEqual(Faults.QueryBuilderInvalidConditionOperator, fault.Detail.ErrorCode);
    }

    [TestMethod]
    [DataRow("natural")]
    [DataRow("matchfirstrowusingcrossapply")]
    public void Unsupported_link_types_are_faults(string linkType)
    {
        var data = new SalesData();

        var fault = FaultOf(() => data.Fetch($@"
            <fetch><entity name='account'>
              <link-entity name='contact' from='contactid' to='primarycontactid' link-type='{linkType}' />
            </entity></fetch>"));

        StringAssert.Contains(fault.Detail.Message, linkType);
    }

    [TestMethod]
    [DataRow(JoinOperator.Natural)]
    [DataRow(JoinOperator.MatchFirstRowUsingCrossApply)]
    public void Unsupported_join_operators_are_faults(JoinOperator join)
    {
        var data = new SalesData();
        var query = new QueryExpression("account");
        query.AddLink("contact", "primarycontactid", "contactid", join);

        var fault = FaultOf(() => data.Query(query));

        StringAssert.Contains(fault.Detail.Message, join.ToString());
    }

    [TestMethod]
    public void A_value_of_the_wrong_type_is_a_fault()
    {
        var data = new SalesData();
        var query = new QueryExpression("account");
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.Equal, "50");

        var fault = FaultOf(() => data.Query(query));

        StringAssert.Contains(fault.Detail.Message, "expected argument(s) of type 'System.Int32' but received 'System.String'");
    }

    [TestMethod]
    [DataRow("between", "<value>1</value>")]
    [DataRow("eq", "")]
    [DataRow("null", "<value>1</value>")]
    [DataRow("in", "")]
    public void The_wrong_number_of_values_is_a_fault(string op, string values)
    {
        var data = new SalesData();

        var fault = FaultOf(() => data.Fetch($@"
            <fetch><entity name='account'>
              <filter><condition attribute='numberofemployees' operator='{op}'>{values}</condition></filter>
            </entity></fetch>"));

        StringAssert.Contains(fault.Detail.Message, op);
    }

    [TestMethod]
    [DataRow("numberofemployees", "like", "1%")]
    [DataRow("name", "today", null)]
    [DataRow("name", "eq-userid", null)]
    public void An_operator_on_a_column_of_the_wrong_kind_is_a_fault(string column, string op, string? value)
    {
        var data = new SalesData();

        FaultOf(() => data.Fetch($@"
            <fetch><entity name='account'>
              <filter><condition attribute='{column}' operator='{op}'{(value is null ? "" : $" value='{value}'")} /></filter>
            </entity></fetch>"));
    }

    [TestMethod]
    public void A_hierarchy_operator_on_a_table_without_hierarchy_is_a_fault()
    {
        var data = new SalesData();

        var fault = FaultOf(() => data.Fetch(@"
            <fetch><entity name='contact'>
              <filter><condition attribute='contactid' operator='under' value='c0000000-0000-0000-0000-000000000001' /></filter>
            </entity></fetch>"));

        StringAssert.Contains(fault.Detail.Message, "hierarchy");
    }

    [TestMethod]
    public void An_unknown_table_is_the_sources_fault()
    {
        var data = new SalesData();

        FaultOf(() => data.Fetch("<fetch><entity name='spaceship' /></fetch>"));
    }

    [TestMethod]
    [DataRow("<fetch><entity name='account'>")]
    [DataRow("<query><entity name='account' /></query>")]
    [DataRow("<fetch><entity name='account'><condition attribute='name' operator='eq' value='x' /></entity></fetch>")]
    public void Malformed_FetchXml_is_a_fault(string fetchXml)
    {
        var data = new SalesData();

        FaultOf(() => data.Fetch(fetchXml));
    }

    [TestMethod]
    public void A_link_alias_used_twice_is_a_fault()
    {
        var data = new SalesData();

        FaultOf(() => data.Fetch(@"
            <fetch><entity name='account'>
              <link-entity name='contact' from='contactid' to='primarycontactid' alias='c' />
              <link-entity name='systemuser' from='systemuserid' to='ownerid' alias='c' />
            </entity></fetch>"));
    }

    [TestMethod]
    public void A_condition_on_an_unknown_alias_is_a_fault()
    {
        var data = new SalesData();
        var query = new QueryExpression("account");
        query.Criteria.AddCondition("nobody", "fullname", ConditionOperator.Equal, "x");

        var fault = FaultOf(() => data.Query(query));

        StringAssert.Contains(fault.Detail.Message, "'nobody'");
    }
}
