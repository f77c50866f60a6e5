using System;
using System.Threading;

namespace CrmIndependence.Plugins.Policies
{
    /// <summary>
    /// Holds the policy for a short time so plugins do not query the environment variable on every save.
    /// Meant to live in a static field of the plugin (plugin instances are shared across threads); it keeps no
    /// other state. Thread-safe without locks: the current reading is an immutable snapshot replaced with
    /// <see cref="Interlocked.Exchange{T}(ref T, T)"/>, and a flag taken with <see cref="Interlocked.CompareExchange(ref int, int, int)"/>
    /// lets one thread refresh an expired snapshot while the others keep using it.
    /// <para>Guarantees: one <see cref="Get"/> calls the loader at most once; once a snapshot exists, the loader
    /// runs at most once per time-to-live across all threads. Before the first snapshot exists, threads that
    /// arrive together may each load (they read the same value). A loader that throws caches nothing and the
    /// exception reaches the caller. A clock that moves backwards counts as expiry.</para>
    /// </summary>
    public sealed class PolicyCache
    {
        /// <summary>How long a loaded policy is used before it is read again: 60 seconds.</summary>
        public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromSeconds(60);

        private readonly Func<DateTime> _utcNow;
        private readonly TimeSpan _timeToLive;
        private PolicyReading? _current;
        private int _refreshing;

        public PolicyCache(Func<DateTime> utcNow, TimeSpan? timeToLive = null)
        {
            _utcNow = utcNow ?? throw new ArgumentNullException(nameof(utcNow));
            _timeToLive = timeToLive ?? DefaultTimeToLive;
            if (_timeToLive < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(timeToLive), _timeToLive, "The time-to-live cannot be negative.");
            }
        }

        /// <summary>
        /// The policy in effect. <paramref name="loadPolicyJson"/> reads the environment variable's value (current
        /// value, else default value; null when neither exists) and is called only when the snapshot is missing or expired.
        /// </summary>
        public PolicyReading Get(Func<string?> loadPolicyJson)
        {
            if (loadPolicyJson == null)
            {
                throw new ArgumentNullException(nameof(loadPolicyJson));
            }

            var now = _utcNow();
            var current = Volatile.Read(ref _current);
            if (current != null && IsFresh(current, now))
            {
                return current;
            }

            var tookRefresh = Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0;
            if (!tookRefresh && current != null)
            {
                return current;
            }

            try
            {
                // Another thread may have refreshed between the first read and taking the flag.
                var latest = Volatile.Read(ref _current);
                if (tookRefresh && latest != null && IsFresh(latest, now))
                {
                    return latest;
                }

                var reading = PolicyReading.FromJson(loadPolicyJson(), now);
                Interlocked.Exchange(ref _current, reading);
                return reading;
            }
            finally
            {
                if (tookRefresh)
                {
                    Volatile.Write(ref _refreshing, 0);
                }
            }
        }

        /// <summary>Forgets the snapshot, so the next <see cref="Get"/> loads (e.g. right after the policy was saved).</summary>
        public void Invalidate()
        {
            Interlocked.Exchange(ref _current, null);
        }

        private bool IsFresh(PolicyReading reading, DateTime now)
        {
            var age = now - reading.LoadedAtUtc;
            return age >= TimeSpan.Zero && age < _timeToLive;
        }
    }
}
