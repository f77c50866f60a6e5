using System;
using System.Globalization;
using System.Text;

namespace CrmIndependence.Plugins.Policies
{
    /// <summary>The scalar values of <see cref="JsonReader"/>: quoted text, numbers and the words true, false and null.</summary>
    internal sealed partial class JsonReader
    {
        private string ReadString()
        {
            _position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (_position >= _text.Length)
                {
                    throw Error("the text ends inside a quoted text");
                }

                var next = _text[_position++];
                if (next == '"')
                {
                    return builder.ToString();
                }

                if (next < ' ')
                {
                    _position--;
                    throw Error("a line break or control character inside a quoted text (write it as \\n)");
                }

                if (next != '\\')
                {
                    builder.Append(next);
                    continue;
                }

                if (_position >= _text.Length)
                {
                    throw Error("the text ends inside a quoted text");
                }

                var escape = _text[_position++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u': builder.Append(ReadUnicodeEscape()); break;
                    default:
                        _position--;
                        throw Error($"unknown escape '\\{escape}'");
                }
            }
        }

        private char ReadUnicodeEscape()
        {
            if (_position + 4 > _text.Length ||
                !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw Error("\\u must be followed by four hexadecimal digits");
            }

            _position += 4;
            return (char)code;
        }

        private JsonValue ReadNumber(int line, int column)
        {
            var start = _position;
            TryConsume('-');
            if (TryConsume('0'))
            {
                // A leading zero stands alone: 0, 0.5, never 05.
            }
            else if (!ConsumeDigits())
            {
                throw Error("a number needs at least one digit");
            }

            if (TryConsume('.') && !ConsumeDigits())
            {
                throw Error("a decimal point must be followed by digits");
            }

            if (TryConsume('e') || TryConsume('E'))
            {
                if (!TryConsume('+'))
                {
                    TryConsume('-');
                }

                if (!ConsumeDigits())
                {
                    throw Error("an exponent needs digits");
                }
            }

            if (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '.'))
            {
                throw Error($"unexpected '{_text[_position]}' in a number");
            }

            var raw = _text.Substring(start, _position - start);
            if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return JsonValue.NumberValue(raw, raw.StartsWith("-", StringComparison.Ordinal) ? decimal.MinValue : decimal.MaxValue, line, column);
            }

            return JsonValue.NumberValue(raw, value, line, column);
        }

        private bool ConsumeDigits()
        {
            var start = _position;
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
            {
                _position++;
            }

            return _position > start;
        }

        private void ReadWord(string word)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0 ||
                (_position + word.Length < _text.Length && char.IsLetterOrDigit(_text[_position + word.Length])))
            {
                throw Error("unexpected word where a value was expected (text must be in double quotes)");
            }

            _position += word.Length;
        }
    }
}
