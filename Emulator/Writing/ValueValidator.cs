using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Writing;

/// <summary>
/// Checks a written value against its column and returns what the store keeps: the value in the column's
/// type, rounded (decimal, money), in UTC without milliseconds (dates), null for an empty string; lookups and
/// choices are the store's shared instances (a normalized value only ever goes to the store or is compared, never
/// to a caller or a plug-in). Every refusal is a fault naming the table, the column and the value.
/// </summary>
internal sealed class ValueValidator
{
    private static readonly DateTime MinDate = new(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime MaxDate = new(9999, 12, 30, 23, 59, 59, DateTimeKind.Utc);
    private readonly DataStore store;

    public ValueValidator(DataStore store)
    {
        this.store = store;
    }

    public object? Normalize(TableDefinition table, ColumnDefinition column, object? value) => Normalize(table, column, value, keep: true);

    /// <summary>Faults as <see cref="Normalize"/> does, without making the value the store would keep.</summary>
    public void Check(TableDefinition table, ColumnDefinition column, object? value) => Normalize(table, column, value, keep: false);

    // keep: false when the result is thrown away (a check), so nothing is made for it. Boxed numbers, yes/no and ids
    // are returned as given: a box never changes.
    private object? Normalize(TableDefinition table, ColumnDefinition column, object? value, bool keep)
    {
        if (value == null)
        {
            return null;
        }

        switch (column.Kind)
        {
            case ColumnKind.Money:
                var amount = Number(table, column, Math.Round(Expect<Money>(table, column, value, "currency (Money)").Value, column.Precision, MidpointRounding.AwayFromZero));
                return keep ? new Money(amount) : value;
            case ColumnKind.Decimal:
                var number = Number(table, column, Math.Round(Expect<decimal>(table, column, value, "a decimal number (decimal)"), column.Precision, MidpointRounding.AwayFromZero));
                return keep ? number : value;
            case ColumnKind.DateTime:
                var given = Expect<DateTime>(table, column, value, "a date and time (DateTime)");
                var date = Date(table, column, given);
                return keep && (date.Ticks != given.Ticks || date.Kind != given.Kind) ? date : value;
        }

        return column.Kind switch
        {
            ColumnKind.Text or ColumnKind.MultilineText => Text(table, column, value),
            ColumnKind.WholeNumber => ValueInterner.Number(Number(table, column, Expect<int>(table, column, value, "a whole number (int)"))),
            ColumnKind.BigInt => Kept<long>(table, column, value, "a big integer (long)"),
            ColumnKind.Float => Kept<double>(table, column, value, "a floating point number (double)"),
            ColumnKind.YesNo => Kept<bool>(table, column, value, "yes/no (bool)"),
            ColumnKind.Choice or ColumnKind.State or ColumnKind.Status => Option(table, column, Expect<OptionSetValue>(table, column, value, "a choice (OptionSetValue)")),
            ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner => Lookup(table, column, Expect<EntityReference>(table, column, value, "a lookup (EntityReference)")),
            ColumnKind.UniqueIdentifier => Kept<Guid>(table, column, value, "a unique identifier (Guid)"),
            ColumnKind.PartyList => Parties(table, column, Expect<EntityCollection>(table, column, value, "a party list (EntityCollection of activityparty)")),
            _ => throw new InvalidOperationException($"Column kind {column.Kind} is not handled."),
        };
    }

    /// <summary>The id of the row an EntityReference names, by id or by alternate key; faults when it does not exist.</summary>
    public Guid ResolveReference(EntityReference reference, string table, string column)
    {
        var target = store.Catalog.FindTable(reference.LogicalName) ?? throw Faults.UnknownTable(reference.LogicalName);
        if (reference.Id == Guid.Empty && reference.KeyAttributes.Count > 0)
        {
            return AlternateKeys.Find(store, this, target, reference.KeyAttributes)
                ?? throw Faults.Create(
                    Faults.ObjectDoesNotExist,
                    $"A record with the specified key values does not exist in {target.LogicalName} entity (written to '{column}' of table '{table}').");
        }

        if (!store.Exists(target.LogicalName, reference.Id))
        {
            throw Faults.LookupTargetMissing(table, column, target.LogicalName, reference.Id);
        }

        return reference.Id;
    }

    /// <summary>The boxed value itself once it is a <typeparamref name="T"/> (not a new box of it).</summary>
    private static object Kept<T>(TableDefinition table, ColumnDefinition column, object value, string expected)
    {
        Expect<T>(table, column, value, expected);
        return value;
    }

    private static T Expect<T>(TableDefinition table, ColumnDefinition column, object value, string expected)
    {
        if (value is T typed)
        {
            return typed;
        }

        throw Faults.IncorrectType(table.LogicalName, column.LogicalName, value, expected);
    }

    private static object? Text(TableDefinition table, ColumnDefinition column, object value)
    {
        var text = Expect<string>(table, column, value, "text (string)");
        if (text.Length == 0)
        {
            return null;
        }

        if (column.MaxLength is { } max && text.Length > max)
        {
            throw Faults.ValueOutOfRange(table.LogicalName, column.LogicalName, text.Length > 60 ? text.Substring(0, 60) + "…" : text, $"it is {text.Length} characters long and the column holds at most {max}");
        }

        return text;
    }

    private static T Number<T>(TableDefinition table, ColumnDefinition column, T value)
        where T : IConvertible
    {
        var number = value.ToDecimal(CultureInfo.InvariantCulture);
        if ((column.MinValue is { } min && number < min) || (column.MaxValue is { } max && number > max))
        {
            throw Faults.ValueOutOfRange(table.LogicalName, column.LogicalName, value, $"between {column.MinValue} and {column.MaxValue}");
        }

        return value;
    }

    private static DateTime Date(TableDefinition table, ColumnDefinition column, DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        utc = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        if (column.DateBehavior == DateTimeBehavior.DateOnly)
        {
            utc = DateTime.SpecifyKind(utc.Date, DateTimeKind.Utc);
        }

        if (utc < MinDate || utc > MaxDate)
        {
            throw Faults.ValueOutOfRange(table.LogicalName, column.LogicalName, value, "dates run from 1/1/1753 to 12/31/9999");
        }

        return utc;
    }

    private static bool HasOption(ColumnDefinition column, int value)
    {
        var options = column.Options;
        for (var index = 0; index < options.Count; index++)
        {
            if (options[index].Value == value)
            {
                return true;
            }
        }

        return false;
    }

    private OptionSetValue Option(TableDefinition table, ColumnDefinition column, OptionSetValue value)
    {
        if (!HasOption(column, value.Value))
        {
            if (column.Kind == ColumnKind.Status)
            {
                throw Faults.InvalidStateStatus(table.LogicalName, null, value.Value);
            }

            throw Faults.OptionOutOfRange(table.LogicalName, column.LogicalName, value.Value, column.Options.Select(option => option.Value));
        }

        return store.SharedOption(value.Value);
    }

    /// <summary>
    /// A party list as the store keeps it: one new <c>activityparty</c> entity per party, holding the party's
    /// <c>partyid</c> (checked as a lookup to the column's targets); null when the list is empty.
    /// </summary>
    private EntityCollection? Parties(TableDefinition table, ColumnDefinition column, EntityCollection value)
    {
        if (value.Entities.Count == 0)
        {
            return null;
        }

        if (column.MaxParties is { } max && value.Entities.Count > max)
        {
            throw Faults.ValueOutOfRange(table.LogicalName, column.LogicalName, $"{value.Entities.Count} parties", $"it holds at most {max}");
        }

        var parties = new List<Entity>(value.Entities.Count);
        foreach (var party in value.Entities)
        {
            if (party == null || party.LogicalName != "activityparty")
            {
                throw Faults.Refused(
                    $"The party list '{column.LogicalName}' of table '{table.LogicalName}' holds a '{party?.LogicalName ?? "null"}' entity: each party is an " +
                    "activityparty Entity naming the party in partyid, e.g. new Entity(\"activityparty\") { [\"partyid\"] = user.ToEntityReference() }.");
            }

            if (party.GetAttributeValue<EntityReference>("partyid") is not { } reference)
            {
                throw Faults.Refused(
                    $"A party of '{column.LogicalName}' on table '{table.LogicalName}' has no partyid: set partyid to the {PartyKinds(column)} who takes part " +
                    "(the emulator does not model unresolved parties given only by an email address).");
            }

            parties.Add(new Entity("activityparty") { ["partyid"] = Lookup(table, column, reference) });
        }

        return new EntityCollection(parties) { EntityName = "activityparty" };
    }

    /// <summary>The tables a party list points at, as a user reads them: "user, contact or account".</summary>
    private string PartyKinds(ColumnDefinition column)
    {
        var kinds = store.Catalog.TargetsOf(column).Select(target => target == "systemuser" ? "user" : target).ToList();
        return kinds.Count == 1 ? kinds[0] : $"{string.Join(", ", kinds.Take(kinds.Count - 1))} or {kinds[kinds.Count - 1]}";
    }

    private EntityReference Lookup(TableDefinition table, ColumnDefinition column, EntityReference value)
    {
        if (string.IsNullOrEmpty(value.LogicalName))
        {
            throw Faults.Refused($"The lookup written to column '{column.LogicalName}' of table '{table.LogicalName}' has no LogicalName; an EntityReference needs the table it points at.");
        }

        if (!store.Catalog.IsValidTarget(column, value.LogicalName))
        {
            if (store.Catalog.FindTable(value.LogicalName) == null)
            {
                throw Faults.UnknownTable(value.LogicalName);
            }

            throw Faults.LookupWrongTable(table.LogicalName, column.LogicalName, value.LogicalName, store.Catalog.TargetsOf(column));
        }

        var id = ResolveReference(value, table.LogicalName, column.LogicalName);
        return store.SharedReference(value.LogicalName, id);
    }
}
