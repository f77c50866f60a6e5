using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>
    /// The ids of the activities most recently counted on a deal: the idempotency window that makes counting an
    /// activity exactly-once. It is kept on the opportunity (cri_countedactivities) and saved in the same Update as
    /// the activity counters, so the counters and the window are saved together or not at all; a retried or
    /// re-run job that finds its activity here counts nothing.
    /// <para><b>Encoding</b>: each id as 32 lowercase hex digits (a Guid's "N" form), newest first, separated by one
    /// space; at most <see cref="Size"/> ids, so the text is at most <see cref="MaximumTextLength"/> characters (the
    /// column allows 1,000). 20 ids cover the activities a deal gets in the minutes to hours in which the platform
    /// retries a failed system job, while the value read with every count stays well under a kilobyte.</para>
    /// <para><b>Limit</b>: the window forgets. A retry that arrives after more than <see cref="Size"/> other
    /// activities were counted on the same deal no longer finds its activity and counts it again.</para>
    /// <para><b>Bad input</b>: a stored value that is not a list of ids (edited by hand, truncated) is treated as
    /// empty and <see cref="Problem"/> says why, so the caller traces it and still counts the activity; the next
    /// save replaces it with a valid window.</para>
    /// </summary>
    public sealed class RecentlyCounted
    {
        /// <summary>How many activity ids the window keeps.</summary>
        public const int Size = 20;

        private const int IdLength = 32;
        private const char Separator = ' ';

        /// <summary>The longest text <see cref="Format"/> returns: <see cref="Size"/> ids and the spaces between them.</summary>
        public const int MaximumTextLength = Size * (IdLength + 1) - 1;

        private const int QuotedLength = 40;

        public static readonly RecentlyCounted Empty = new RecentlyCounted(new Guid[0], null);

        private static readonly char[] Whitespace = { ' ', '\t', '\r', '\n' };

        private readonly Guid[] ids;

        private RecentlyCounted(Guid[] ids, string? problem)
        {
            this.ids = ids;
            Problem = problem;
        }

        /// <summary>The activity ids, newest first.</summary>
        public IReadOnlyList<Guid> Ids => ids;

        /// <summary>Why the stored value was ignored (treated as empty), or null when it was read as it was.</summary>
        public string? Problem { get; }

        /// <summary>
        /// Reads a stored value. Never throws: empty or null is an empty window; a value with anything that is not an
        /// activity id is an empty window with a <see cref="Problem"/>. Ids beyond <see cref="Size"/> (the oldest) and
        /// repeated ids are dropped.
        /// </summary>
        public static RecentlyCounted Parse(string? stored)
        {
            if (stored == null || stored.Trim().Length == 0)
            {
                return Empty;
            }

            var read = new List<Guid>(Size);
            foreach (var token in stored.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.Length != IdLength || !Guid.TryParseExact(token, "N", out var id) || id == Guid.Empty)
                {
                    return new RecentlyCounted(new Guid[0],
                        $"The deal's recently counted activities ({Quote(stored)}) could not be read: {Quote(token)} is not an activity id. " +
                        "They are treated as none: the activity is counted as if no earlier run had counted it, and the window starts again with it.");
                }

                if (read.Count < Size && !read.Contains(id))
                {
                    read.Add(id);
                }
            }

            return new RecentlyCounted(read.ToArray(), null);
        }

        /// <summary>Whether <paramref name="activityId"/> is among the recently counted activities.</summary>
        public bool Contains(Guid activityId) => Array.IndexOf(ids, activityId) >= 0;

        /// <summary>The window after counting <paramref name="activityId"/>: it first, then the newest others, <see cref="Size"/> in all.</summary>
        public RecentlyCounted With(Guid activityId)
        {
            if (activityId == Guid.Empty)
            {
                throw new ArgumentException("A counted activity needs its id.", nameof(activityId));
            }

            var next = new[] { activityId }.Concat(ids.Where(id => id != activityId)).Take(Size).ToArray();
            return new RecentlyCounted(next, null);
        }

        /// <summary>The stored form: ids as 32 lowercase hex digits, newest first, separated by one space; empty for no ids.</summary>
        public string Format()
        {
            var text = new StringBuilder(ids.Length * (IdLength + 1));
            foreach (var id in ids)
            {
                if (text.Length > 0)
                {
                    text.Append(Separator);
                }

                text.Append(id.ToString("N"));
            }

            return text.ToString();
        }

        public override string ToString() => Format();

        private static string Quote(string text) =>
            "'" + (text.Length <= QuotedLength ? text : text.Substring(0, QuotedLength) + "…") + "'";
    }
}
