namespace CrmIndependence.Emulator.Metadata;

/// <summary>The column types the emulator knows, named as the maker portal names them.</summary>
public enum ColumnKind
{
    /// <summary>Single line of text (string).</summary>
    Text,
    /// <summary>Multiple lines of text (string).</summary>
    MultilineText,
    /// <summary>Whole number (int).</summary>
    WholeNumber,
    /// <summary>Big integer (long), e.g. versionnumber.</summary>
    BigInt,
    /// <summary>Decimal number (decimal), rounded to the column's precision.</summary>
    Decimal,
    /// <summary>Floating point number (double).</summary>
    Float,
    /// <summary>Currency (<c>Money</c>), rounded to the column's precision.</summary>
    Money,
    /// <summary>Yes/No (bool).</summary>
    YesNo,
    /// <summary>Date and time (DateTime, stored in UTC without milliseconds).</summary>
    DateTime,
    /// <summary>Choice (<c>OptionSetValue</c>) with a fixed list of options.</summary>
    Choice,
    /// <summary>Lookup (<c>EntityReference</c>) to one of the column's target tables.</summary>
    Lookup,
    /// <summary>Customer lookup (<c>EntityReference</c>) to account or contact.</summary>
    Customer,
    /// <summary>Owner lookup (<c>EntityReference</c>) to systemuser or team.</summary>
    Owner,
    /// <summary>statecode (<c>OptionSetValue</c>).</summary>
    State,
    /// <summary>statuscode (<c>OptionSetValue</c>), each value belonging to one state.</summary>
    Status,
    /// <summary>Unique identifier (Guid), including the primary key.</summary>
    UniqueIdentifier,
    /// <summary>
    /// Party list (<c>EntityCollection</c> of <c>activityparty</c> rows, each naming one party in <c>partyid</c>): an
    /// activity's attendees, organizer, senders and recipients. Each party is also a row of <c>activityparty</c>.
    /// </summary>
    PartyList,
}

/// <summary>How a date and time column stores its value (Dataverse's DateTimeBehavior).</summary>
public enum DateTimeBehavior
{
    /// <summary>Stored in UTC, shown in the user's time zone.</summary>
    UserLocal,
    /// <summary>Only the date is kept (time stripped).</summary>
    DateOnly,
    /// <summary>Stored as given, no conversion.</summary>
    TimeZoneIndependent,
}

/// <summary>What happens to a row whose lookup points at a row being deleted.</summary>
public enum DeleteBehavior
{
    /// <summary>The lookup is cleared (referential, remove link) — the default for custom lookups.</summary>
    RemoveLink,
    /// <summary>The referencing row is deleted too (parental / cascade delete).</summary>
    Cascade,
    /// <summary>The delete is refused while referencing rows exist.</summary>
    Restrict,
}

/// <summary>Who owns the rows of a table.</summary>
public enum TableOwnership
{
    /// <summary>Rows have an owner (a user or a team): ownerid, owningbusinessunit, owninguser, owningteam.</summary>
    UserOrTeam,
    /// <summary>Rows belong to the organization; no owner columns.</summary>
    Organization,
    /// <summary>Rows belong to a business unit (systemuser, team, businessunit).</summary>
    BusinessUnit,
    /// <summary>No ownership at all (intersect tables).</summary>
    None,
}
