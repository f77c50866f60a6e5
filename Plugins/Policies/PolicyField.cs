using System;
using System.Globalization;

namespace CrmIndependence.Plugins.Policies
{
    internal enum PolicyValueType
    {
        Mode,
        WholeNumber,
        Fraction,
    }

    /// <summary>One field of the policy JSON: its name, the values it accepts and its default.</summary>
    internal sealed class PolicyField
    {
        public PolicyField(string name, PolicyValueType type, decimal minimum, decimal maximum, string defaultText)
        {
            Name = name;
            Type = type;
            Minimum = minimum;
            Maximum = maximum;
            DefaultText = defaultText;
        }

        public string Name { get; }

        public PolicyValueType Type { get; }

        public decimal Minimum { get; }

        public decimal Maximum { get; }

        public string DefaultText { get; }

        /// <summary>The allowed values in words, e.g. "a whole number from 0 to 1440".</summary>
        public string Requirement
        {
            get
            {
                switch (Type)
                {
                    case PolicyValueType.Mode:
                        return "\"observe\" or \"enforce\"";
                    case PolicyValueType.WholeNumber:
                        return $"a whole number from {Format(Minimum)} to {Format(Maximum)}";
                    default:
                        return $"a number from {Format(Minimum)} to {Format(Maximum)} (for example 0.5)";
                }
            }
        }

        public bool IsInRange(decimal value) => value >= Minimum && value <= Maximum;

        public int RequireWholeNumber(int value)
        {
            if (!IsInRange(value))
            {
                throw new ArgumentOutOfRangeException(Name, value, $"{Name} must be {Requirement}.");
            }

            return value;
        }

        public decimal RequireFraction(decimal value)
        {
            if (!IsInRange(value))
            {
                throw new ArgumentOutOfRangeException(Name, value, $"{Name} must be {Requirement}.");
            }

            return value;
        }

        internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
