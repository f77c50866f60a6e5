using System;

namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>How a date and time column stores its value: UserLocal, DateOnly or TimeZoneIndependent.</summary>
public sealed class DateTimeBehavior : ConstantsBase<string>
{
    public static readonly DateTimeBehavior UserLocal = Add<DateTimeBehavior>("UserLocal");

    public static readonly DateTimeBehavior DateOnly = Add<DateTimeBehavior>("DateOnly");

    public static readonly DateTimeBehavior TimeZoneIndependent = Add<DateTimeBehavior>("TimeZoneIndependent");

    public DateTimeBehavior()
    {
    }

    public static implicit operator DateTimeBehavior(string behavior) => Create<DateTimeBehavior>(behavior);

    public static bool operator ==(DateTimeBehavior behaviorA, DateTimeBehavior behaviorB) =>
        ReferenceEquals(behaviorA, behaviorB) || (behaviorA is not null && behaviorA.Equals(behaviorB));

    public static bool operator !=(DateTimeBehavior behaviorA, DateTimeBehavior behaviorB) => !(behaviorA == behaviorB);

    public override bool Equals(object obj) => obj is DateTimeBehavior other && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => Value == null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    protected override bool ValueExistsInList(string value) =>
        value == UserLocal.Value || value == DateOnly.Value || value == TimeZoneIndependent.Value;
}
