using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.Policies
{
    /// <summary>
    /// A small, strict JSON reader (RFC 8259): no comments, no trailing commas, no single quotes, no
    /// unquoted names. Nesting is limited so hostile input cannot exhaust the stack.
    /// </summary>
    internal sealed partial class JsonReader
    {
        private const int MaximumDepth = 32;
        private readonly string _text;
        private int _position;
        private int _line = 1;
        private int _lineStart;

        private JsonReader(string text)
        {
            _text = text;
        }

        public static JsonValue Read(string text)
        {
            var reader = new JsonReader(text);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                reader._position = 1;
                reader._lineStart = 1;
            }

            reader.SkipWhitespace();
            var value = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (reader._position < text.Length)
            {
                throw reader.Error($"unexpected '{text[reader._position]}' after the end of the value");
            }

            return value;
        }

        private int Column => _position - _lineStart + 1;

        private JsonValue ReadValue(int depth)
        {
            if (_position >= _text.Length)
            {
                throw Error("the text ends where a value was expected");
            }

            var line = _line;
            var column = Column;
            var next = _text[_position];
            switch (next)
            {
                case '{':
                    return ReadObject(depth + 1, line, column);
                case '[':
                    return ReadArray(depth + 1, line, column);
                case '"':
                    return JsonValue.String(ReadString(), line, column);
                case 't':
                    ReadWord("true");
                    return JsonValue.Literal(JsonKind.Boolean, "true", line, column);
                case 'f':
                    ReadWord("false");
                    return JsonValue.Literal(JsonKind.Boolean, "false", line, column);
                case 'n':
                    ReadWord("null");
                    return JsonValue.Literal(JsonKind.Null, "null", line, column);
                default:
                    if (next == '-' || (next >= '0' && next <= '9'))
                    {
                        return ReadNumber(line, column);
                    }

                    throw Error($"unexpected '{next}' where a value was expected (text must be in double quotes)");
            }
        }

        private JsonValue ReadObject(int depth, int line, int column)
        {
            CheckDepth(depth);
            _position++;
            var members = new List<JsonMember>();
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return JsonValue.Object(members, line, column);
            }

            while (true)
            {
                SkipWhitespace();
                if (_position >= _text.Length || _text[_position] != '"')
                {
                    throw Error("expected a field name in double quotes");
                }

                var nameLine = _line;
                var nameColumn = Column;
                var name = ReadString();
                SkipWhitespace();
                if (!TryConsume(':'))
                {
                    throw Error($"expected ':' after the field name \"{name}\"");
                }

                SkipWhitespace();
                members.Add(new JsonMember(name, ReadValue(depth), nameLine, nameColumn));
                SkipWhitespace();
                if (TryConsume('}'))
                {
                    return JsonValue.Object(members, line, column);
                }

                if (!TryConsume(','))
                {
                    throw Error("expected ',' or '}' after a field");
                }
            }
        }

        private JsonValue ReadArray(int depth, int line, int column)
        {
            CheckDepth(depth);
            _position++;
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return JsonValue.Array(line, column);
            }

            while (true)
            {
                SkipWhitespace();
                ReadValue(depth);
                SkipWhitespace();
                if (TryConsume(']'))
                {
                    return JsonValue.Array(line, column);
                }

                if (!TryConsume(','))
                {
                    throw Error("expected ',' or ']' in a list");
                }
            }
        }

        private bool TryConsume(char expected)
        {
            if (_position < _text.Length && _text[_position] == expected)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length)
            {
                var next = _text[_position];
                if (next == '\n')
                {
                    _line++;
                    _lineStart = _position + 1;
                }
                else if (next != ' ' && next != '\t' && next != '\r')
                {
                    return;
                }

                _position++;
            }
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaximumDepth)
            {
                throw Error($"values are nested more than {MaximumDepth} levels deep");
            }
        }

        private JsonSyntaxException Error(string problem) => new JsonSyntaxException(problem, _line, Column);
    }
}
