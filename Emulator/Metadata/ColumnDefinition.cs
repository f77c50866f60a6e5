using System;
using System.Collections.Generic;

namespace CrmIndependence.Emulator.Metadata;

/// <summary>
/// A column of a table: its logical name, kind and the facts that validate a written value (length,
/// range, precision, options, lookup targets). Immutable; build with the static factories or a
/// <see cref="TableBuilder"/>.
/// </summary>
public sealed record ColumnDefinition
{
    public ColumnDefinition(string logicalName, ColumnKind kind)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentException("A column needs a logical name.", nameof(logicalName));
        }

        LogicalName = logicalName.ToLowerInvariant();
        Kind = kind;
    }

    public string LogicalName { get; }

    public ColumnKind Kind { get; }

    public string? DisplayName { get; init; }

    /// <summary>Text: the longest value accepted.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Decimal and money: digits kept after the point (values are rounded).</summary>
    public int Precision { get; init; } = 2;

    /// <summary>Numbers: the smallest value accepted.</summary>
    public decimal? MinValue { get; init; }

    /// <summary>Numbers: the largest value accepted.</summary>
    public decimal? MaxValue { get; init; }

    /// <summary>Choice: the valid options.</summary>
    public IReadOnlyList<OptionDefinition> Options { get; init; } = Array.Empty<OptionDefinition>();

    /// <summary>Choice: the global choice the options come from (<see cref="MetadataCatalog.AddGlobalChoice"/>), or null for the column's own.</summary>
    public string? GlobalChoiceName { get; init; }

    /// <summary>Lookup: the tables a value may point to.</summary>
    public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();

    /// <summary>Lookup: also accepts every table flagged <see cref="TableDefinition.HasActivities"/> (regardingobjectid).</summary>
    public bool TargetsActivityEnabledTables { get; init; }

    /// <summary>Lookup: also accepts every table flagged <see cref="TableDefinition.HasNotes"/> (annotation.objectid).</summary>
    public bool TargetsNotesEnabledTables { get; init; }

    /// <summary>Lookup: what happens to this row when the referenced row is deleted.</summary>
    public DeleteBehavior OnTargetDeleted { get; init; } = DeleteBehavior.RemoveLink;

    /// <summary>Date and time: how the value is stored.</summary>
    public DateTimeBehavior DateBehavior { get; init; } = DateTimeBehavior.UserLocal;

    /// <summary>Yes/No: the labels of true and false.</summary>
    public string TrueLabel { get; init; } = "Yes";

    /// <summary>Yes/No: the labels of true and false.</summary>
    public string FalseLabel { get; init; } = "No";

    /// <summary>The value the platform stores on Create when none is given (Yes/No and choice columns).</summary>
    public object? DefaultValue { get; init; }

    /// <summary>
    /// Written by the platform only (createdon, modifiedby, versionnumber, owningbusinessunit…): a value a
    /// caller sends is ignored, as Dataverse ignores it.
    /// </summary>
    public bool IsPlatformManaged { get; init; }

    /// <summary>Party list: the <c>participationtypemask</c> its parties carry (5 required attendee, 7 organizer…).</summary>
    public int ParticipationType { get; init; }

    /// <summary>Party list: the most parties it holds (the organizer holds one), or null for no limit.</summary>
    public int? MaxParties { get; init; }

    public bool IsLookup => Kind is ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner;

    public bool IsOptionSet => Kind is ColumnKind.Choice or ColumnKind.State or ColumnKind.Status;

    public string? LabelOf(int value)
    {
        foreach (var option in Options)
        {
            if (option.Value == value)
            {
                return option.Label;
            }
        }

        return null;
    }

    public static ColumnDefinition Text(string name, int maxLength = 100) => new(name, ColumnKind.Text) { MaxLength = maxLength };

    public static ColumnDefinition MultilineText(string name, int maxLength = 2000) => new(name, ColumnKind.MultilineText) { MaxLength = maxLength };

    public static ColumnDefinition WholeNumber(string name, int min = int.MinValue, int max = int.MaxValue) =>
        new(name, ColumnKind.WholeNumber) { MinValue = min, MaxValue = max };

    public static ColumnDefinition BigInt(string name) => new(name, ColumnKind.BigInt);

    public static ColumnDefinition Decimal(string name, int precision = 2, decimal min = -100_000_000_000m, decimal max = 100_000_000_000m) =>
        new(name, ColumnKind.Decimal) { Precision = precision, MinValue = min, MaxValue = max };

    public static ColumnDefinition Float(string name) => new(name, ColumnKind.Float);

    public static ColumnDefinition Money(string name, int precision = 2) =>
        new(name, ColumnKind.Money) { Precision = precision, MinValue = -922_337_203_685_477m, MaxValue = 922_337_203_685_477m };

    public static ColumnDefinition YesNo(string name, bool defaultValue = false, string trueLabel = "Yes", string falseLabel = "No") =>
        new(name, ColumnKind.YesNo) { DefaultValue = defaultValue, TrueLabel = trueLabel, FalseLabel = falseLabel };

    public static ColumnDefinition DateTime(string name, DateTimeBehavior behavior = DateTimeBehavior.UserLocal) =>
        new(name, ColumnKind.DateTime) { DateBehavior = behavior };

    public static ColumnDefinition Choice(string name, params OptionDefinition[] options) => new(name, ColumnKind.Choice) { Options = options };

    public static ColumnDefinition Lookup(string name, params string[] targets) => new(name, ColumnKind.Lookup) { Targets = targets };

    public static ColumnDefinition Customer(string name) => new(name, ColumnKind.Customer) { Targets = new[] { "account", "contact" } };

    public static ColumnDefinition UniqueIdentifier(string name) => new(name, ColumnKind.UniqueIdentifier);

    /// <summary>A party list whose parties have <paramref name="participationType"/> and point at one of <paramref name="targets"/>.</summary>
    public static ColumnDefinition PartyList(string name, int participationType, int? maxParties, params string[] targets) =>
        new(name, ColumnKind.PartyList) { ParticipationType = participationType, MaxParties = maxParties, Targets = targets };
}
