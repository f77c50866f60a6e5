using System;
using System.Collections.Concurrent;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Configuration rows (stage requirements, decision authority) read once and kept per organization for a
    /// short time, so a save does not query them again. Meant for a static field: thread-safe without locks
    /// (each organization's entry is an immutable snapshot swapped in a <see cref="ConcurrentDictionary{TKey,TValue}"/>),
    /// time-bounded (<see cref="TimeToLive"/>), and forgotten on this server at once by <see cref="Forget"/>
    /// (a step on the configuration table calls it). Other servers of the organization see a change within
    /// the time-to-live. Threads that find the entry missing or expired together may each load it (same rows).
    /// A loader that throws caches nothing.
    /// </summary>
    public sealed class OrgConfigurationCache<T>
        where T : class
    {
        private readonly ConcurrentDictionary<Guid, Snapshot> snapshots = new ConcurrentDictionary<Guid, Snapshot>();
        private readonly Func<DateTime> utcNow;

        public OrgConfigurationCache(TimeSpan timeToLive, Func<DateTime>? utcNow = null)
        {
            if (timeToLive < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(timeToLive), timeToLive, "The time-to-live cannot be negative.");
            }

            TimeToLive = timeToLive;
            this.utcNow = utcNow ?? (() => DateTime.UtcNow);
        }

        public TimeSpan TimeToLive { get; }

        /// <summary>The organization's cached value, or a fresh one from <paramref name="load"/>; <paramref name="loaded"/> says which.</summary>
        public T Get(Guid organizationId, Func<T> load, out bool loaded)
        {
            if (load == null)
            {
                throw new ArgumentNullException(nameof(load));
            }

            var now = utcNow();
            if (snapshots.TryGetValue(organizationId, out var current))
            {
                var age = now - current.LoadedAtUtc;
                if (age >= TimeSpan.Zero && age < TimeToLive)
                {
                    loaded = false;
                    return current.Value;
                }
            }

            var value = load();
            snapshots[organizationId] = new Snapshot(value, now);
            loaded = true;
            return value;
        }

        /// <summary>Forgets an organization's value, so the next <see cref="Get"/> reads it again.</summary>
        public void Forget(Guid organizationId) => snapshots.TryRemove(organizationId, out _);

        private sealed class Snapshot
        {
            public Snapshot(T value, DateTime loadedAtUtc)
            {
                Value = value;
                LoadedAtUtc = loadedAtUtc;
            }

            public T Value { get; }

            public DateTime LoadedAtUtc { get; }
        }
    }
}
