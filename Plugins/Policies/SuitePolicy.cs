namespace CrmIndependence.Plugins.Policies
{
    /// <summary>
    /// The suite's settings, read from the JSON environment variable <c>cri_policy</c> (see docs/INSTALL.md, "Settings").
    /// Immutable: build one with an object initializer (<c>new SuitePolicy { Mode = EnforcementMode.Enforce }</c>);
    /// every property left out keeps its documented default, and a value outside its documented range is
    /// refused with <see cref="System.ArgumentOutOfRangeException"/>. Administrators' JSON goes through
    /// <see cref="PolicyParser.Parse"/>, which reports every bad field instead of throwing.
    /// </summary>
    public sealed class SuitePolicy
    {
        /// <summary>Schema name of the environment variable holding the policy JSON.</summary>
        public const string EnvironmentVariableSchemaName = "cri_policy";

        public const int DefaultResponseDelayMinutes = 60;
        public const int DefaultCoachingCadenceDays = 7;
        public const int DefaultCoachingOverdueDays = 14;
        public const int DefaultCoachingCarryOverTopics = 15;
        public const int DefaultManagerChainDepth = 2;
        public const int DefaultParkedRequestsForCoaching = 3;
        public const int DefaultInvolvementSignalsForCoaching = 2;
        public const int DefaultInvolvementWindowDays = 7;
        public const int DefaultSameGateFailuresForCoaching = 2;
        public const decimal DefaultFastResponseShare = 0.5m;
        public const int DefaultFastResponseWindowDays = 14;
        public const int DefaultTakeOverMinimumActivities = 4;
        public const int DefaultDependencyScoreThreshold = 60;

        /// <summary>The policy used when the environment variable is absent: observe mode and every default.</summary>
        public static readonly SuitePolicy Default = new SuitePolicy();

        private readonly int _responseDelayMinutes = DefaultResponseDelayMinutes;
        private readonly int _coachingCadenceDays = DefaultCoachingCadenceDays;
        private readonly int _coachingOverdueDays = DefaultCoachingOverdueDays;
        private readonly int _coachingCarryOverTopics = DefaultCoachingCarryOverTopics;
        private readonly int _managerChainDepth = DefaultManagerChainDepth;
        private readonly int _parkedRequestsForCoaching = DefaultParkedRequestsForCoaching;
        private readonly int _involvementSignalsForCoaching = DefaultInvolvementSignalsForCoaching;
        private readonly int _involvementWindowDays = DefaultInvolvementWindowDays;
        private readonly int _sameGateFailuresForCoaching = DefaultSameGateFailuresForCoaching;
        private readonly decimal _fastResponseShare = DefaultFastResponseShare;
        private readonly int _fastResponseWindowDays = DefaultFastResponseWindowDays;
        private readonly int _takeOverMinimumActivities = DefaultTakeOverMinimumActivities;
        private readonly int _dependencyScoreThreshold = DefaultDependencyScoreThreshold;

        /// <summary>Observe (default) records what enforce would block; Enforce blocks it.</summary>
        public EnforcementMode Mode { get; init; } = EnforcementMode.Observe;

        /// <summary>Minutes a non-urgent help request waits before it shows as ready for the manager (0–1440, default 60).</summary>
        public int ResponseDelayMinutes
        {
            get => _responseDelayMinutes;
            init => _responseDelayMinutes = PolicyFields.ResponseDelayMinutes.RequireWholeNumber(value);
        }

        /// <summary>Days between coaching sessions: a held session schedules the next one this many days later (1–90, default 7).</summary>
        public int CoachingCadenceDays
        {
            get => _coachingCadenceDays;
            init => _coachingCadenceDays = PolicyFields.CoachingCadenceDays.RequireWholeNumber(value);
        }

        /// <summary>
        /// Unresolved topics a held session carries over to the next one (1–100, default 15): parked help requests
        /// first, then the most recent. The rest stay, unresolved, on the held session's topic list.
        /// </summary>
        public int CoachingCarryOverTopics
        {
            get => _coachingCarryOverTopics;
            init => _coachingCarryOverTopics = PolicyFields.CoachingCarryOverTopics.RequireWholeNumber(value);
        }

        /// <summary>Days without a held session after which a session is opened (1–365, default 14; at least the cadence).</summary>
        public int CoachingOverdueDays
        {
            get => _coachingOverdueDays;
            init => _coachingOverdueDays = PolicyFields.CoachingOverdueDays.RequireWholeNumber(value);
        }

        /// <summary>How many levels above a deal's owner count as "the manager" (1 = direct manager only; 1–10, default 2).</summary>
        public int ManagerChainDepth
        {
            get => _managerChainDepth;
            init => _managerChainDepth = PolicyFields.ManagerChainDepth.RequireWholeNumber(value);
        }

        /// <summary>Parked help requests that open a coaching session (1–50, default 3).</summary>
        public int ParkedRequestsForCoaching
        {
            get => _parkedRequestsForCoaching;
            init => _parkedRequestsForCoaching = PolicyFields.ParkedRequestsForCoaching.RequireWholeNumber(value);
        }

        /// <summary>Manager-involvement signals within <see cref="InvolvementWindowDays"/> that open a coaching session (1–50, default 2).</summary>
        public int InvolvementSignalsForCoaching
        {
            get => _involvementSignalsForCoaching;
            init => _involvementSignalsForCoaching = PolicyFields.InvolvementSignalsForCoaching.RequireWholeNumber(value);
        }

        /// <summary>The window, in days, over which involvement signals are counted (1–90, default 7).</summary>
        public int InvolvementWindowDays
        {
            get => _involvementWindowDays;
            init => _involvementWindowDays = PolicyFields.InvolvementWindowDays.RequireWholeNumber(value);
        }

        /// <summary>Deals on which the same stage gate failed that open a coaching session (1–50, default 2).</summary>
        public int SameGateFailuresForCoaching
        {
            get => _sameGateFailuresForCoaching;
            init => _sameGateFailuresForCoaching = PolicyFields.SameGateFailuresForCoaching.RequireWholeNumber(value);
        }

        /// <summary>
        /// A manager is flagged when MORE than this share of their answers to non-urgent requests came inside the
        /// response delay over <see cref="FastResponseWindowDays"/> (0–1, default 0.5 = "more than half").
        /// </summary>
        public decimal FastResponseShare
        {
            get => _fastResponseShare;
            init => _fastResponseShare = PolicyFields.FastResponseShare.RequireFraction(value);
        }

        /// <summary>The window, in days, over which fast responses are counted (1–90, default 14).</summary>
        public int FastResponseWindowDays
        {
            get => _fastResponseWindowDays;
            init => _fastResponseWindowDays = PolicyFields.FastResponseWindowDays.RequireWholeNumber(value);
        }

        /// <summary>Manager activities a deal needs before "the manager's share passed the rep's" can record a take-over (1–1000, default 4).</summary>
        public int TakeOverMinimumActivities
        {
            get => _takeOverMinimumActivities;
            init => _takeOverMinimumActivities = PolicyFields.TakeOverMinimumActivities.RequireWholeNumber(value);
        }

        /// <summary>
        /// The independence score (0–100) below which a rep is flagged as dependent (0–100, default 60).
        /// "Below the independence threshold" means exactly this: the rep's weekly score is strictly below this value (the
        /// weekly row's Dependent flag, written each time the row changes).
        /// A threshold of 0 flags nobody.
        /// </summary>
        public int DependencyScoreThreshold
        {
            get => _dependencyScoreThreshold;
            init => _dependencyScoreThreshold = PolicyFields.DependencyScoreThreshold.RequireWholeNumber(value);
        }

        /// <summary>Block, or record and allow, according to <see cref="Mode"/>.</summary>
        public ViolationResponse ResponseToViolation => Enforcement.Decide(Mode);

        /// <summary>True when <paramref name="independenceScore"/> is below <see cref="DependencyScoreThreshold"/>.</summary>
        public bool IsDependent(int independenceScore) => independenceScore < DependencyScoreThreshold;

        /// <summary>The policy as compact JSON with every field, e.g. for the environment variable's default value.</summary>
        public string ToJson() => PolicyJsonWriter.Write(this);

        public override string ToString() => ToJson();
    }
}
