using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Metadata;
using SdkDateTimeBehavior = Microsoft.Xrm.Sdk.Metadata.DateTimeBehavior;

namespace CrmIndependence.Emulator.Metadata.Describing;

/// <summary>
/// Describes a column as RetrieveAttribute and RetrieveEntity return it: the AttributeMetadata subclass of its
/// type (StringAttributeMetadata, PicklistAttributeMetadata with its options, LookupAttributeMetadata with its
/// targets…) and the flags the platform computes (primary id and name, valid for create/update, custom).
/// </summary>
internal static class AttributeDescriber
{
    /// <summary>Columns the platform creates on every custom table (never custom themselves).</summary>
    private static readonly HashSet<string> SystemColumns = new(StringComparer.Ordinal)
    {
        "versionnumber", "createdon", "modifiedon", "overriddencreatedon", "createdby", "modifiedby", "createdonbehalfby",
        "modifiedonbehalfby", "ownerid", "owningbusinessunit", "owninguser", "owningteam", "statecode", "statuscode",
    };

    private static readonly Lazy<MetadataCatalog> Standard = new(MetadataCatalog.CreateStandard);

    public static AttributeMetadata Describe(MetadataCatalog catalog, TableDefinition table, ColumnDefinition column)
    {
        var attribute = Typed(catalog, table, column);
        attribute.LogicalName = column.LogicalName;
        attribute.DisplayName = Labels.Of(column.DisplayName);
        attribute.Description = new Label();
        attribute.MetadataId = MetadataIdOf(table.LogicalName, column.LogicalName);
        attribute.IsValidForCreate = !column.IsPlatformManaged;
        attribute.IsValidForUpdate = !column.IsPlatformManaged && column.LogicalName != table.PrimaryIdAttribute;
        attribute
            .Set(nameof(AttributeMetadata.EntityLogicalName), table.LogicalName)
            .Set(nameof(AttributeMetadata.IsPrimaryId), column.LogicalName == table.PrimaryIdAttribute)
            .Set(nameof(AttributeMetadata.IsPrimaryName), column.LogicalName == table.PrimaryNameAttribute)
            .Set(nameof(AttributeMetadata.IsValidForRead), true)
            .Set(nameof(AttributeMetadata.IsCustomAttribute), IsCustom(table, column));
        return attribute;
    }

    public static Guid MetadataIdOf(string table, string column) => DeterministicId.For($"emulator-attribute:{table}.{column}");

    /// <summary>A choice's options as an option set; a column's own set is named <c>{table}_{column}</c>.</summary>
    public static OptionSetMetadata OptionSet(string name, string? displayName, bool isGlobal, OptionSetType type, IEnumerable<OptionMetadata> options)
    {
        var set = new OptionSetMetadata(new OptionMetadataCollection(options.ToList()))
        {
            Name = name,
            DisplayName = Labels.Of(displayName),
            Description = new Label(),
            IsGlobal = isGlobal,
            IsCustomOptionSet = name.Contains('_', StringComparison.Ordinal) && isGlobal,
            OptionSetType = type,
            MetadataId = DeterministicId.For("emulator-optionset:" + name),
        };
        return set;
    }

    public static OptionMetadata Option(int value, string label) => new(Labels.Of(label), value) { Description = new Label() };

    private static AttributeMetadata Typed(MetadataCatalog catalog, TableDefinition table, ColumnDefinition column)
    {
        switch (column.Kind)
        {
            case ColumnKind.Text:
                return new StringAttributeMetadata { MaxLength = column.MaxLength, Format = StringFormat.Text };
            case ColumnKind.MultilineText:
                return new MemoAttributeMetadata { MaxLength = column.MaxLength, Format = StringFormat.TextArea };
            case ColumnKind.WholeNumber:
                return new IntegerAttributeMetadata { MinValue = (int?)column.MinValue, MaxValue = (int?)column.MaxValue };
            case ColumnKind.BigInt:
                return new BigIntAttributeMetadata()
                    .Set(nameof(BigIntAttributeMetadata.MinValue), (long?)long.MinValue)
                    .Set(nameof(BigIntAttributeMetadata.MaxValue), (long?)long.MaxValue);
            case ColumnKind.Decimal:
                return new DecimalAttributeMetadata { MinValue = column.MinValue, MaxValue = column.MaxValue, Precision = column.Precision };
            case ColumnKind.Float:
                return new DoubleAttributeMetadata
                {
                    MinValue = (double?)(column.MinValue ?? -100_000_000_000m),
                    MaxValue = (double?)(column.MaxValue ?? 100_000_000_000m),
                    Precision = column.Precision,
                };
            case ColumnKind.Money:
                return new MoneyAttributeMetadata { MinValue = (double?)column.MinValue, MaxValue = (double?)column.MaxValue, Precision = column.Precision, PrecisionSource = 2 }
                    .Set(nameof(MoneyAttributeMetadata.IsBaseCurrency), column.LogicalName.EndsWith("_base", StringComparison.Ordinal));
            case ColumnKind.YesNo:
                return new BooleanAttributeMetadata(new BooleanOptionSetMetadata(Option(1, column.TrueLabel), Option(0, column.FalseLabel)) { Name = $"{table.LogicalName}_{column.LogicalName}", IsGlobal = false })
                {
                    DefaultValue = column.DefaultValue as bool?,
                };
            case ColumnKind.DateTime:
                return new DateTimeAttributeMetadata(column.DateBehavior == DateTimeBehavior.DateOnly ? DateTimeFormat.DateOnly : DateTimeFormat.DateAndTime)
                {
                    DateTimeBehavior = column.DateBehavior switch
                    {
                        DateTimeBehavior.DateOnly => SdkDateTimeBehavior.DateOnly,
                        DateTimeBehavior.TimeZoneIndependent => SdkDateTimeBehavior.TimeZoneIndependent,
                        _ => SdkDateTimeBehavior.UserLocal,
                    },
                };
            case ColumnKind.Choice:
                var global = catalog.FindGlobalChoice(column.GlobalChoiceName);
                return new PicklistAttributeMetadata
                {
                    OptionSet = global != null
                        ? OptionSet(global.Name, global.DisplayName, isGlobal: true, OptionSetType.Picklist, global.Options.Select(option => Option(option.Value, option.Label)))
                        : OptionSet($"{table.LogicalName}_{column.LogicalName}", column.DisplayName, isGlobal: false, OptionSetType.Picklist, column.Options.Select(option => Option(option.Value, option.Label))),
                    DefaultFormValue = column.DefaultValue as int? ?? -1,
                };
            case ColumnKind.State:
                return new StateAttributeMetadata
                {
                    OptionSet = OptionSet($"{table.LogicalName}_statecode", column.DisplayName, isGlobal: false, OptionSetType.State, table.States.Select(state =>
                        new StateOptionMetadata { Value = state.Value, Label = Labels.Of(state.Label), Description = new Label(), DefaultStatus = state.DefaultStatus, InvariantName = state.Label })),
                };
            case ColumnKind.Status:
                return new StatusAttributeMetadata
                {
                    OptionSet = OptionSet($"{table.LogicalName}_statuscode", column.DisplayName, isGlobal: false, OptionSetType.Status, table.Statuses.Select(status =>
                        new StatusOptionMetadata(status.Value, status.State) { Label = Labels.Of(status.Label), Description = new Label() })),
                };
            case ColumnKind.Lookup:
            case ColumnKind.Customer:
            case ColumnKind.Owner:
                var lookup = new LookupAttributeMetadata { Targets = catalog.TargetsOf(column).ToArray() };
                return lookup.Set(nameof(AttributeMetadata.AttributeType), (AttributeTypeCode?)(column.Kind switch
                {
                    ColumnKind.Customer => AttributeTypeCode.Customer,
                    ColumnKind.Owner => AttributeTypeCode.Owner,
                    _ => AttributeTypeCode.Lookup,
                }));
            case ColumnKind.UniqueIdentifier:
                return new UniqueIdentifierAttributeMetadata();
            case ColumnKind.PartyList:
                var partyList = new LookupAttributeMetadata { Targets = column.Targets.ToArray() };
                return partyList.Set(nameof(AttributeMetadata.AttributeType), (AttributeTypeCode?)AttributeTypeCode.PartyList);
            default:
                throw new InvalidOperationException($"The emulator cannot describe column '{column.LogicalName}' of kind {column.Kind}.");
        }
    }

    /// <summary>A column of a standard table the emulator ships is not custom; on a custom table, every column but the platform's own is.</summary>
    internal static bool IsCustom(TableDefinition table, ColumnDefinition column)
    {
        if (StandardCatalog.FindTable(table.LogicalName) is { } standard)
        {
            return !standard.HasColumn(column.LogicalName);
        }

        return !SystemColumns.Contains(column.LogicalName) && column.LogicalName != table.PrimaryIdAttribute && !(table.IsActivity && StandardCatalog.Table("activitypointer").HasColumn(column.LogicalName));
    }

    internal static bool IsCustomTable(TableDefinition table) => StandardCatalog.FindTable(table.LogicalName) == null;

    private static MetadataCatalog StandardCatalog => Standard.Value;
}
