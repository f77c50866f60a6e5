using System.Collections.Generic;

namespace CrmIndependence.Plugins.Policies
{
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        Boolean,
        Null,
    }

    /// <summary>A value read by <see cref="JsonReader"/>, with the place it was read from.</summary>
    internal sealed class JsonValue
    {
        private JsonValue(JsonKind kind, string raw, int line, int column)
        {
            Kind = kind;
            Raw = raw;
            Line = line;
            Column = column;
        }

        public JsonKind Kind { get; }

        /// <summary>The value as written in the JSON text (strings without quotes, unescaped).</summary>
        public string Raw { get; }

        public decimal Number { get; private set; }

        public IReadOnlyList<JsonMember> Members { get; private set; } = new JsonMember[0];

        public int Line { get; }

        public int Column { get; }

        /// <summary>How an error message names this value: its kind and, for scalars, the value itself.</summary>
        public string Describe()
        {
            switch (Kind)
            {
                case JsonKind.Object:
                    return "an object";
                case JsonKind.Array:
                    return "a list";
                case JsonKind.String:
                    return $"the text \"{Shorten(Raw)}\"";
                case JsonKind.Boolean:
                    return $"the value {Raw}";
                case JsonKind.Null:
                    return "null";
                default:
                    return Raw;
            }
        }

        public static JsonValue String(string value, int line, int column) => new JsonValue(JsonKind.String, value, line, column);

        public static JsonValue Literal(JsonKind kind, string raw, int line, int column) => new JsonValue(kind, raw, line, column);

        public static JsonValue NumberValue(string raw, decimal value, int line, int column) =>
            new JsonValue(JsonKind.Number, raw, line, column) { Number = value };

        public static JsonValue Object(IReadOnlyList<JsonMember> members, int line, int column) =>
            new JsonValue(JsonKind.Object, "{…}", line, column) { Members = members };

        public static JsonValue Array(int line, int column) => new JsonValue(JsonKind.Array, "[…]", line, column);

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
    }

    /// <summary>One "name": value pair of a JSON object.</summary>
    internal sealed class JsonMember
    {
        public JsonMember(string name, JsonValue value, int line, int column)
        {
            Name = name;
            Value = value;
            Line = line;
            Column = column;
        }

        public string Name { get; }

        public JsonValue Value { get; }

        public int Line { get; }

        public int Column { get; }
    }
}
