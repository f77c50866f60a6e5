using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace CrmIndependence.Demo.Scenarios
{
    /// <summary>
    /// Reads the fields of one JSON object of a scenario, failing with a <see cref="ScenarioException"/> that names
    /// the file, the location and the field. Unknown fields are refused too (a typo must not be silently ignored).
    /// </summary>
    internal sealed class JsonFields
    {
        private readonly JsonElement element;
        private readonly HashSet<string> read = new(StringComparer.Ordinal);

        public JsonFields(string file, string location, JsonElement element)
        {
            File = file;
            Location = location;
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new ScenarioException(file, location, null, $"expected an object, found {element.ValueKind}.");
            }

            this.element = element;
        }

        public string File { get; }

        public string Location { get; set; }

        public bool Has(string name) => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

        public ScenarioException Error(string? field, string problem) => new(File, Location, field, problem);

        public JsonElement? Raw(string name)
        {
            read.Add(name);
            return element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
        }

        public string RequiredString(string name) => OptionalString(name) ?? throw Error(name, "is required.");

        public string? OptionalString(string name)
        {
            var value = Raw(name);
            if (value == null)
            {
                return null;
            }

            if (value.Value.ValueKind != JsonValueKind.String)
            {
                throw Error(name, $"must be a string, found {value.Value.ValueKind}.");
            }

            var text = value.Value.GetString()!;
            if (text.Trim().Length == 0)
            {
                throw Error(name, "must not be empty.");
            }

            return text;
        }

        public decimal? OptionalDecimal(string name, decimal min, decimal max)
        {
            var value = Raw(name);
            if (value == null)
            {
                return null;
            }

            if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDecimal(out var number))
            {
                throw Error(name, $"must be a number, found {Describe(value.Value)}.");
            }

            if (number < min || number > max)
            {
                throw Error(name, $"must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, found {number.ToString(CultureInfo.InvariantCulture)}.");
            }

            return number;
        }

        public decimal RequiredDecimal(string name, decimal min, decimal max) => OptionalDecimal(name, min, max) ?? throw Error(name, "is required.");

        public int? OptionalInt(string name, int min, int max)
        {
            var value = OptionalDecimal(name, min, max);
            if (value == null)
            {
                return null;
            }

            if (value.Value != decimal.Truncate(value.Value))
            {
                throw Error(name, $"must be a whole number, found {value.Value.ToString(CultureInfo.InvariantCulture)}.");
            }

            return (int)value.Value;
        }

        public int RequiredInt(string name, int min, int max) => OptionalInt(name, min, max) ?? throw Error(name, "is required.");

        public bool OptionalBool(string name, bool fallback)
        {
            var value = Raw(name);
            if (value == null)
            {
                return fallback;
            }

            return value.Value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error(name, $"must be true or false, found {Describe(value.Value)}."),
            };
        }

        public T? OptionalChoice<T>(string name, IReadOnlyDictionary<string, T> choices)
            where T : struct
        {
            var text = OptionalString(name);
            if (text == null)
            {
                return null;
            }

            return choices.TryGetValue(text, out var value)
                ? value
                : throw Error(name, $"'{text}' is not one of {ScenarioNames.Choices(choices.Keys)}.");
        }

        public T RequiredChoice<T>(string name, IReadOnlyDictionary<string, T> choices)
            where T : struct => OptionalChoice(name, choices) ?? throw Error(name, $"is required (one of {ScenarioNames.Choices(choices.Keys)}).");

        public string? OptionalTable(string name, IReadOnlyDictionary<string, string> choices)
        {
            var text = OptionalString(name);
            if (text == null)
            {
                return null;
            }

            return choices.TryGetValue(text, out var value)
                ? value
                : throw Error(name, $"'{text}' is not one of {ScenarioNames.Choices(choices.Keys)}.");
        }

        public IReadOnlyList<string> StringList(string name, int max)
        {
            var value = Raw(name);
            if (value == null)
            {
                return Array.Empty<string>();
            }

            if (value.Value.ValueKind != JsonValueKind.Array)
            {
                throw Error(name, $"must be a list of strings, found {value.Value.ValueKind}.");
            }

            var items = value.Value.EnumerateArray().ToList();
            if (items.Count > max)
            {
                throw Error(name, $"holds at most {max} items, found {items.Count}.");
            }

            return items.Select((item, i) => item.ValueKind == JsonValueKind.String && item.GetString()!.Trim().Length > 0
                ? item.GetString()!
                : throw Error($"{name}[{i}]", "must be a non-empty string.")).ToList();
        }

        /// <summary>A time of day "HH:mm".</summary>
        public TimeSpan? OptionalTimeOfDay(string name)
        {
            var text = OptionalString(name);
            if (text == null)
            {
                return null;
            }

            return TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out var time)
                ? time
                : throw Error(name, $"'{text}' is not a time of day like \"09:30\".");
        }

        /// <summary>Refuses any field that was not read (a typo or a field the format does not have).</summary>
        public void NoOthers()
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!read.Contains(property.Name))
                {
                    throw Error(property.Name, "is not a field of this entry (check the spelling; see Demo/Scenarios/README.md).");
                }
            }
        }

        private static string Describe(JsonElement value) =>
            value.ValueKind == JsonValueKind.String ? $"\"{value.GetString()}\"" : value.ValueKind.ToString();
    }
}
