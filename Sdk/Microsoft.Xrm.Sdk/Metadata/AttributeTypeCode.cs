namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>The type of a column (values of the official enum).</summary>
public enum AttributeTypeCode
{
    Boolean = 0,
    Customer = 1,
    DateTime = 2,
    Decimal = 3,
    Double = 4,
    Integer = 5,
    Lookup = 6,
    Memo = 7,
    Money = 8,
    Owner = 9,
    PartyList = 10,
    Picklist = 11,
    State = 12,
    Status = 13,
    String = 14,
    Uniqueidentifier = 15,
    CalendarRules = 16,
    Virtual = 17,
    BigInt = 18,
    ManagedProperty = 19,
    EntityName = 20,
}
