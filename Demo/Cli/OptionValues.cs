using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using CrmIndependence.Demo.Scale;

namespace CrmIndependence.Demo.Cli
{
    /// <summary>
    /// The demo's options with their parsers: each bad value is refused with one sentence naming the option, what it
    /// accepts and what it was given ("--reps takes a whole number from 1 to 100,000, not 'abc'.").
    /// </summary>
    internal static class OptionValues
    {
        public static Option<int?> WholeNumber(string name, string helpName, string description, int min, int max) => new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => Parse<int>(result, $"a whole number from {min:n0} to {max:n0}",
                text => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : (int?)null),
        };

        public static Option<double?> Number(string name, string helpName, string description, double min, double max) => new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => Parse<double>(result, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (a dot for decimals: 2.5)",
                text => double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : (double?)null),
        };

        /// <summary>"--enforce-from 45" or "--enforce-from none".</summary>
        public static Option<EnforcementStart?> EnforceFrom(string name, string description, int maxDay) => new(name)
        {
            Description = description,
            HelpName = "DAY|none",
            CustomParser = result => Parse<EnforcementStart>(result, $"a day from 0 to {maxDay:n0} or 'none' (observe throughout)",
                text => text == "none" ? new EnforcementStart(null)
                    : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day <= maxDay ? new EnforcementStart(day) : null),
        };

        /// <summary>"--sizes 10x30,50x90": reps x days, comma-separated.</summary>
        public static Option<IReadOnlyList<(int Reps, int Days)>?> Sizes(string name, string description) => new(name)
        {
            Description = description,
            HelpName = "RxD,...",
            CustomParser = result => Parse<IReadOnlyList<(int Reps, int Days)>>(result, "sizes like 10x30,100x365 (reps x days, comma-separated)",
                text =>
                {
                    try
                    {
                        var sizes = ScaleBenchmark.Sizes(text);
                        return sizes.Count > 0 ? sizes : null;
                    }
                    catch (FormatException)
                    {
                        return null;
                    }
                }),
        };

        public static Option<string?> Path(string name, string helpName, string description) => new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => Parse(result, "a path", text => text.Trim().Length > 0 && text.IndexOfAny(System.IO.Path.GetInvalidPathChars()) < 0 ? text : null),
        };

        private static T? Parse<T>(ArgumentResult result, string accepts, Func<string, T?> parse)
            where T : class
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            var value = text == null ? null : parse(text);
            if (value == null)
            {
                result.AddError($"{OptionName(result)} takes {accepts}, not '{text}'.");
            }

            return value;
        }

        private static T? Parse<T>(ArgumentResult result, string accepts, Func<string, T?> parse)
            where T : struct
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            var value = text == null ? null : parse(text);
            if (value == null)
            {
                result.AddError($"{OptionName(result)} takes {accepts}, not '{text}'.");
            }

            return value;
        }

        private static string OptionName(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
    }

    /// <summary>The day enforcement starts in a generated scenario; <see cref="Day"/> null: observe throughout.</summary>
    internal sealed record EnforcementStart(int? Day);
}
