using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying;

/// <summary>
/// What the query engine needs from the emulator's store: its tables, who is asking, and the time.
/// The engine only reads through this interface; it never changes a stored row and never keeps one
/// in a result (every result is a fresh <see cref="Entity"/> with fresh attribute values).
/// </summary>
/// <remarks>
/// Implementations are called many times per query, so keep every member cheap (dictionary look-ups).
/// A query runs entirely inside one call of <see cref="QueryEngine.RetrieveMultiple"/>: the store must
/// not change while it runs (the emulator executes one request at a time).
/// </remarks>
public interface IQuerySource
{
    /// <summary>
    /// The table with that logical name. Throws the platform's fault for an unknown table
    /// (<c>Faults.Create(..., "Could not find an entity with name X")</c> or similar): the engine
    /// lets that fault through unchanged.
    /// </summary>
    IQueryTable Table(string logicalName);

    /// <summary>
    /// The primary name (e.g. <c>name</c>, <c>fullname</c>) of a record, used to fill
    /// <see cref="EntityReference.Name"/>, lookup formatted values and the ordering of lookups by name.
    /// Null when the table has no primary name column, the record does not exist or its name is empty.
    /// Must not throw for an unknown table or record.
    /// </summary>
    string? PrimaryNameOf(string logicalName, Guid id);

    /// <summary>The systemuser id of the caller (for eq-userid, ne-userid, eq-useroruserhierarchy).</summary>
    Guid CallerId { get; }

    /// <summary>The business unit of the caller (for eq-businessid, ne-businessid).</summary>
    Guid CallerBusinessUnitId { get; }

    /// <summary>
    /// "Now" in UTC for relative date operators (today, last-x-days, this-week...). The emulator's clock,
    /// so tests can pin it. The engine evaluates these operators in UTC (a user's time zone is not modelled).
    /// </summary>
    DateTime UtcNow { get; }
}

/// <summary>One table of the store, with just enough metadata to query it.</summary>
public interface IQueryTable
{
    /// <summary>The table's logical name, e.g. <c>account</c>.</summary>
    string LogicalName { get; }

    /// <summary>The primary key column, e.g. <c>accountid</c>. Its value is also <see cref="Entity.Id"/>.</summary>
    string PrimaryIdAttribute { get; }

    /// <summary>The primary name column, e.g. <c>name</c>; null when the table has none.</summary>
    string? PrimaryNameAttribute { get; }

    /// <summary>
    /// The self-referencing lookup that forms the table's hierarchy (<c>parentaccountid</c> on account,
    /// <c>parentsystemuserid</c> on systemuser), used by under/above/eq-useroruserhierarchy; null when
    /// the table is not hierarchical (those operators then fault).
    /// </summary>
    string? HierarchyParentAttribute { get; }

    /// <summary>The kind of a column, or null when the table has no such column (the engine then faults).</summary>
    QueryColumnKind? KindOf(string column);

    /// <summary>
    /// The label of a choice, state or status value (and of a Boolean, where 1 = true and 0 = false), in
    /// the organization's language; null when unknown (then the engine uses "Yes"/"No" for a Boolean and
    /// the number itself for a choice).
    /// </summary>
    string? OptionLabel(string column, int value);

    /// <summary>
    /// Every stored row. Rows hold the platform's stored types: string, int, long, decimal, double, bool,
    /// DateTime (UTC), Guid, <see cref="OptionSetValue"/>, <see cref="Money"/>, <see cref="EntityReference"/>
    /// (its Name may be missing). A null column is simply absent. <see cref="Entity.Id"/> is the primary key
    /// (the primary key column may or may not be in <see cref="Entity.Attributes"/>).
    /// </summary>
    IEnumerable<Entity> Rows();

    /// <summary>
    /// The rows whose column equals <paramref name="key"/>, served by an index (the engine uses it for
    /// equality conditions at the top level of a filter and for every join, instead of scanning).
    /// The key is the column's plain value, never a wrapper:
    /// <list type="bullet">
    /// <item>primary key, UniqueIdentifier, Lookup, Customer, Owner: <see cref="Guid"/> (the referenced id);</item>
    /// <item>Choice, State, Status, WholeNumber: <see cref="int"/>; BigInt: <see cref="long"/>;</item>
    /// <item>Decimal, Money: <see cref="decimal"/>; Double: <see cref="double"/>; Boolean: <see cref="bool"/>;</item>
    /// <item>DateTime: <see cref="DateTime"/> in UTC;</item>
    /// <item>Text, Memo: <see cref="string"/>, to be matched case-insensitively
    /// (<see cref="StringComparer.OrdinalIgnoreCase"/>).</item>
    /// </list>
    /// The engine checks every returned row against the whole filter again, so returning extra rows is
    /// harmless; omitting a matching row is a wrong answer. Return an empty sequence when nothing matches.
    /// </summary>
    IEnumerable<Entity> RowsWhereEqual(string column, object key);

    /// <summary>
    /// How many rows <see cref="RowsWhereEqual"/> would yield for this key, when the table knows without reading them
    /// (an index's count); null when it does not. With several equality conditions and-ed at the top of a filter, the
    /// engine reads the index of the one that yields fewest rows.
    /// </summary>
    int? CountWhereEqual(string column, object key) => null;
}

/// <summary>The kinds of column the engine distinguishes (they decide comparison, ordering and formatting).</summary>
public enum QueryColumnKind
{
    /// <summary>Single line of text (string).</summary>
    Text,
    /// <summary>Multiple lines of text (string).</summary>
    Memo,
    /// <summary>Whole number (int).</summary>
    WholeNumber,
    /// <summary>Big integer (long).</summary>
    BigInt,
    /// <summary>Decimal number (decimal).</summary>
    Decimal,
    /// <summary>Floating point number (double).</summary>
    Double,
    /// <summary>Currency (<see cref="Money"/>).</summary>
    Money,
    /// <summary>Yes/No (bool).</summary>
    Boolean,
    /// <summary>Date and time (DateTime, UTC).</summary>
    DateTime,
    /// <summary>Choice (<see cref="OptionSetValue"/>); ordered by label.</summary>
    Choice,
    /// <summary>Choices (<c>OptionSetValueCollection</c>); not queryable by this engine yet.</summary>
    MultiChoice,
    /// <summary>statecode (<see cref="OptionSetValue"/>); ordered by label.</summary>
    State,
    /// <summary>statuscode (<see cref="OptionSetValue"/>); ordered by label.</summary>
    Status,
    /// <summary>Lookup (<see cref="EntityReference"/>); ordered by the related record's primary name.</summary>
    Lookup,
    /// <summary>Customer lookup to account or contact (<see cref="EntityReference"/>).</summary>
    Customer,
    /// <summary>ownerid (<see cref="EntityReference"/> to systemuser or team).</summary>
    Owner,
    /// <summary>Unique identifier (Guid), including the primary key.</summary>
    UniqueIdentifier,
}
