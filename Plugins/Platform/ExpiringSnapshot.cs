using System;
using System.Threading;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// The suite's one caching rule: a value loaded once and used for a time-to-live, as an immutable snapshot.
    /// Meant to live in a static field (plugin instances are shared across threads and live for hours). Thread-safe
    /// without locks: the snapshot is replaced with <see cref="Interlocked.Exchange{T}(ref T, T)"/>, and a flag taken
    /// with <see cref="Interlocked.CompareExchange(ref int, int, int)"/> lets one thread refresh an expired snapshot
    /// while the others keep using it.
    /// <para>Guarantees: one <see cref="Get"/> calls the loader at most once; once a snapshot exists, the loader runs
    /// at most once per time-to-live across all threads. Before the first snapshot exists (or after
    /// <see cref="Invalidate"/>), threads that arrive together may each load (they read the same rows). A loader that
    /// throws caches nothing and the exception reaches the caller. A clock that moves backwards counts as expiry.</para>
    /// <para>Per organization: <see cref="OrgConfigurationCache{T}"/>; for the policy: <see cref="PolicyCache"/>.</para>
    /// </summary>
    public class ExpiringSnapshot<T>
        where T : class
    {
        private readonly Func<DateTime> utcNow;
        private Snapshot? current;
        private int refreshing;

        public ExpiringSnapshot(Func<DateTime> utcNow, TimeSpan timeToLive)
        {
            this.utcNow = utcNow ?? throw new ArgumentNullException(nameof(utcNow));
            if (timeToLive < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(timeToLive), timeToLive, "The time-to-live cannot be negative.");
            }

            TimeToLive = timeToLive;
        }

        public TimeSpan TimeToLive { get; }

        /// <summary>
        /// The cached value, or a fresh one from <paramref name="load"/> (given the time it loads at) when there is none
        /// or it expired; <paramref name="loaded"/> says which.
        /// </summary>
        public T Get(Func<DateTime, T> load, out bool loaded)
        {
            if (load == null)
            {
                throw new ArgumentNullException(nameof(load));
            }

            loaded = false;
            var now = utcNow();
            var snapshot = Volatile.Read(ref current);
            if (snapshot != null && IsFresh(snapshot, now))
            {
                return snapshot.Value;
            }

            var tookRefresh = Interlocked.CompareExchange(ref refreshing, 1, 0) == 0;
            if (!tookRefresh && snapshot != null)
            {
                return snapshot.Value;
            }

            try
            {
                // Another thread may have refreshed between the first read and taking the flag.
                var latest = Volatile.Read(ref current);
                if (tookRefresh && latest != null && IsFresh(latest, now))
                {
                    return latest.Value;
                }

                var value = load(now);
                Interlocked.Exchange(ref current, new Snapshot(value, now));
                loaded = true;
                return value;
            }
            finally
            {
                if (tookRefresh)
                {
                    Volatile.Write(ref refreshing, 0);
                }
            }
        }

        /// <summary>Forgets the snapshot, so the next <see cref="Get"/> loads.</summary>
        public void Invalidate() => Interlocked.Exchange(ref current, null);

        private bool IsFresh(Snapshot snapshot, DateTime now)
        {
            var age = now - snapshot.LoadedAtUtc;
            return age >= TimeSpan.Zero && age < TimeToLive;
        }

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
