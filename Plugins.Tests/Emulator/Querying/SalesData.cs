using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Querying;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// A small sales organization to query: a director → manager → rep chain of users (the caller is the
/// manager), accounts in a parent hierarchy, contacts, and choices whose labels do not sort like their values.
/// "Now" is Wednesday 12 June 2024, 10:30 UTC; accounts were created before it, contacts' birthdays come after it.
/// </summary>
internal sealed class SalesData
{
    public static readonly Guid BusinessUnit = new("b0000000-0000-0000-0000-000000000001");
    public static readonly Guid OtherBusinessUnit = new("b0000000-0000-0000-0000-000000000002");

    public static readonly Guid Director = new("50000000-0000-0000-0000-000000000001");
    public static readonly Guid Manager = new("50000000-0000-0000-0000-000000000002");
    public static readonly Guid Rep = new("50000000-0000-0000-0000-000000000003");
    public static readonly Guid Outsider = new("50000000-0000-0000-0000-000000000004");

    public static readonly Guid Contoso = new("a0000000-0000-0000-0000-000000000001");
    public static readonly Guid Fabrikam = new("a0000000-0000-0000-0000-000000000002");
    public static readonly Guid AdventureWorks = new("a0000000-0000-0000-0000-000000000003");
    public static readonly Guid Litware = new("a0000000-0000-0000-0000-000000000004");
    public static readonly Guid Northwind = new("a0000000-0000-0000-0000-000000000005");

    public static readonly Guid Anna = new("c0000000-0000-0000-0000-000000000001");
    public static readonly Guid Bob = new("c0000000-0000-0000-0000-000000000002");
    public static readonly Guid Carl = new("c0000000-0000-0000-0000-000000000003");
    public static readonly Guid Dana = new("c0000000-0000-0000-0000-000000000004");

    // Industry labels deliberately sort differently from their values.
    public const int Zoning = 1;
    public const int Accounting = 2;
    public const int Manufacturing = 3;

    public SalesData()
    {
        Source = new FakeQuerySource { CallerId = Manager, CallerBusinessUnitId = BusinessUnit };
        Engine = new QueryEngine(Source);

        var users = Source.AddTable("systemuser", "systemuserid", "fullname", hierarchyParent: "parentsystemuserid")
            .Column("fullname", QueryColumnKind.Text)
            .Column("parentsystemuserid", QueryColumnKind.Lookup)
            .Column("businessunitid", QueryColumnKind.Lookup);
        users.Add(Director, ("fullname", "Diane Director"), ("businessunitid", Bu(BusinessUnit)));
        users.Add(Manager, ("fullname", "Mark Manager"), ("parentsystemuserid", User(Director)), ("businessunitid", Bu(BusinessUnit)));
        users.Add(Rep, ("fullname", "Rita Rep"), ("parentsystemuserid", User(Manager)), ("businessunitid", Bu(BusinessUnit)));
        users.Add(Outsider, ("fullname", "Oscar Outsider"), ("businessunitid", Bu(OtherBusinessUnit)));

        var accounts = Source.AddTable("account", "accountid", "name", hierarchyParent: "parentaccountid")
            .Column("name", QueryColumnKind.Text)
            .Column("description", QueryColumnKind.Memo)
            .Column("numberofemployees", QueryColumnKind.WholeNumber)
            .Column("revenue", QueryColumnKind.Money)
            .Column("exchangerate", QueryColumnKind.Decimal)
            .Column("rating", QueryColumnKind.Double)
            .Column("donotemail", QueryColumnKind.Boolean, (1, "Do Not Allow"), (0, "Allow"))
            .Column("industrycode", QueryColumnKind.Choice, (Zoning, "Zoning"), (Accounting, "Accounting"), (Manufacturing, "Manufacturing"))
            .Column("statecode", QueryColumnKind.State, (0, "Active"), (1, "Inactive"))
            .Column("statuscode", QueryColumnKind.Status, (1, "Active"), (2, "Inactive"))
            .Column("primarycontactid", QueryColumnKind.Lookup)
            .Column("parentaccountid", QueryColumnKind.Lookup)
            .Column("ownerid", QueryColumnKind.Owner)
            .Column("owningbusinessunit", QueryColumnKind.Lookup)
            .Column("createdon", QueryColumnKind.DateTime)
            .Column("interests", QueryColumnKind.MultiChoice);
        accounts.Add(Contoso,
            ("name", "Contoso"), ("description", "Big customer in Seattle"), ("numberofemployees", 50), ("revenue", new Money(1000m)),
            ("exchangerate", 1.5m), ("rating", 4.5d), ("donotemail", false), ("industrycode", new OptionSetValue(Zoning)),
            ("statecode", new OptionSetValue(0)), ("statuscode", new OptionSetValue(1)), ("primarycontactid", Contact(Anna)),
            ("ownerid", User(Rep)), ("owningbusinessunit", Bu(BusinessUnit)), ("createdon", Utc(2024, 6, 12, 8, 0)));
        accounts.Add(Fabrikam,
            ("name", "Fabrikam"), ("description", "Reseller_partner"), ("numberofemployees", 200), ("revenue", new Money(2500.50m)),
            ("exchangerate", 1.0m), ("rating", 3.0d), ("donotemail", true), ("industrycode", new OptionSetValue(Accounting)),
            ("statecode", new OptionSetValue(0)), ("statuscode", new OptionSetValue(1)), ("primarycontactid", Contact(Bob)),
            ("parentaccountid", Account(Contoso)), ("ownerid", User(Manager)), ("owningbusinessunit", Bu(BusinessUnit)),
            ("createdon", Utc(2024, 6, 11, 15, 0)));
        accounts.Add(AdventureWorks,
            ("name", "Adventure Works"), ("numberofemployees", 10), ("industrycode", new OptionSetValue(Manufacturing)),
            ("statecode", new OptionSetValue(1)), ("statuscode", new OptionSetValue(2)), ("parentaccountid", Account(Fabrikam)),
            ("ownerid", User(Director)), ("owningbusinessunit", Bu(BusinessUnit)), ("createdon", Utc(2024, 6, 3, 9, 0)));
        accounts.Add(Litware,
            ("name", "Litware"), ("revenue", new Money(500m)), ("industrycode", new OptionSetValue(Accounting)),
            ("statecode", new OptionSetValue(0)), ("statuscode", new OptionSetValue(1)), ("ownerid", User(Outsider)),
            ("owningbusinessunit", Bu(OtherBusinessUnit)), ("createdon", Utc(2024, 5, 20, 12, 0)));
        accounts.Add(Northwind,
            ("name", "northwind traders"), ("numberofemployees", 75), ("revenue", new Money(750m)),
            ("statecode", new OptionSetValue(0)), ("statuscode", new OptionSetValue(1)), ("ownerid", User(Rep)),
            ("owningbusinessunit", Bu(BusinessUnit)), ("createdon", Utc(2023, 12, 31, 23, 0)));

        var contacts = Source.AddTable("contact", "contactid", "fullname")
            .Column("fullname", QueryColumnKind.Text)
            .Column("emailaddress1", QueryColumnKind.Text)
            .Column("parentcustomerid", QueryColumnKind.Customer)
            .Column("birthdate", QueryColumnKind.DateTime)
            .Column("ownerid", QueryColumnKind.Owner);
        contacts.Add(Anna, ("fullname", "Anna Adams"), ("emailaddress1", "anna@contoso.com"), ("parentcustomerid", Account(Contoso)), ("ownerid", User(Rep)), ("birthdate", Utc(2024, 6, 12, 18, 0)));
        contacts.Add(Bob, ("fullname", "Bob Brown"), ("emailaddress1", "bob@fabrikam.com"), ("parentcustomerid", Account(Fabrikam)), ("ownerid", User(Manager)), ("birthdate", Utc(2024, 6, 14)));
        contacts.Add(Carl, ("fullname", "Carl Clark"), ("parentcustomerid", Account(Contoso)), ("ownerid", User(Rep)), ("birthdate", Utc(2024, 6, 20)));
        contacts.Add(Dana, ("fullname", "Dana Dean"), ("emailaddress1", "dana@example.com"), ("ownerid", User(Outsider)), ("birthdate", Utc(2024, 7, 1)));
    }

    public FakeQuerySource Source { get; }

    public QueryEngine Engine { get; }

    public EntityCollection Fetch(string fetchXml) => Engine.RetrieveMultiple(new FetchExpression(fetchXml));

    public EntityCollection Query(QueryBase query) => Engine.RetrieveMultiple(query);

    /// <summary>The names (or another text column) of the result, in order.</summary>
    public static List<string?> Names(EntityCollection result, string column = "name") =>
        result.Entities.Select(e => (string?)e.GetAttributeValue<string>(column)).ToList();

    public static EntityReference User(Guid id) => new("systemuser", id);

    public static EntityReference Account(Guid id) => new("account", id);

    public static EntityReference Contact(Guid id) => new("contact", id);

    public static EntityReference Bu(Guid id) => new("businessunit", id);

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
