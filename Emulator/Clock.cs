using System;

namespace CrmIndependence.Emulator;

/// <summary>Where the org reads "now" (createdon, modifiedon, relative date queries).</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}

/// <summary>A clock tests move by hand. Starts at Monday 6 January 2025, 09:00 UTC unless told otherwise.</summary>
public sealed class SimulatedClock : IClock
{
    public static readonly DateTime DefaultStart = new(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc);

    public SimulatedClock()
        : this(DefaultStart)
    {
    }

    public SimulatedClock(DateTime start)
    {
        UtcNow = start.Kind == DateTimeKind.Local ? start.ToUniversalTime() : DateTime.SpecifyKind(start, DateTimeKind.Utc);
    }

    public DateTime UtcNow { get; private set; }

    public SimulatedClock Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "Time only moves forward; use Set to jump.");
        }

        UtcNow += by;
        return this;
    }

    public SimulatedClock Set(DateTime utcNow)
    {
        UtcNow = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);
        return this;
    }
}

/// <summary>The machine's clock.</summary>
public sealed class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
