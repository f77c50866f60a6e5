using System;
using System.Linq;
using CrmIndependence.Plugins.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Involvement
{
    /// <summary>The window of recently counted activities that makes counting an activity on a deal exactly-once.</summary>
    [TestClass]
    public sealed class RecentlyCountedTests
    {
        private static Guid Id(int number) => new Guid(number, 0x1234, 0x5678, 0, 0, 0, 0, 0, 0, 0, 1);

        private static RecentlyCounted Counted(int count)
        {
            var window = RecentlyCounted.Empty;
            for (var number = 1; number <= count; number++)
            {
                window = window.With(Id(number));
            }

            return window;
        }

        [TestMethod]
        public void An_activity_counted_is_in_the_window_and_one_not_counted_is_not()
        {
            var window = RecentlyCounted.Empty.With(Id(1));

            Assert.IsTrue(window.Contains(Id(1)));
            Assert.IsFalse(window.Contains(Id(2)));
            Assert.IsFalse(RecentlyCounted.Empty.Contains(Id(1)));
        }

        [TestMethod]
        public void The_window_keeps_the_newest_ids_first()
        {
            CollectionAssert.AreEqual(new[] { Id(3), Id(2), Id(1) }, Counted(3).Ids.ToArray());
        }

        [TestMethod]
        public void The_window_keeps_exactly_its_size_and_forgets_the_oldest_beyond_it()
        {
            var full = Counted(RecentlyCounted.Size);
            Assert.AreEqual(RecentlyCounted.Size, full.Ids.Count);
            Assert.IsTrue(full.Contains(Id(1)), "the 20th newest is still there");

            var beyond = full.With(Id(RecentlyCounted.Size + 1));

            Assert.AreEqual(RecentlyCounted.Size, beyond.Ids.Count);
            Assert.IsFalse(beyond.Contains(Id(1)), "the oldest is forgotten once 20 newer ones were counted: its retry would count again");
            Assert.IsTrue(beyond.Contains(Id(2)));
            Assert.AreEqual(Id(RecentlyCounted.Size + 1), beyond.Ids[0]);
        }

        [TestMethod]
        public void Counting_an_id_again_moves_it_to_the_front_without_a_duplicate()
        {
            var window = Counted(3).With(Id(1));

            CollectionAssert.AreEqual(new[] { Id(1), Id(3), Id(2) }, window.Ids.ToArray());
        }

        [TestMethod]
        public void The_stored_form_is_lowercase_hex_ids_newest_first_separated_by_one_space()
        {
            var first = Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E");
            var second = Guid.Parse("7C9E6679-7425-40DE-944B-E07FC1F90AE7");

            Assert.AreEqual("7c9e6679742540de944be07fc1f90ae7 0f8fad5bd9cb469fa16570867728950e", RecentlyCounted.Empty.With(first).With(second).Format());
            Assert.AreEqual(string.Empty, RecentlyCounted.Empty.Format());
        }

        [TestMethod]
        public void A_full_window_fits_the_column_and_reads_back_as_it_was()
        {
            var full = Counted(RecentlyCounted.Size + 5);
            var text = full.Format();

            Assert.AreEqual(RecentlyCounted.MaximumTextLength, text.Length);
            Assert.AreEqual(659, RecentlyCounted.MaximumTextLength, "20 ids of 32 characters and 19 spaces");
            var read = RecentlyCounted.Parse(text);
            Assert.IsNull(read.Problem);
            CollectionAssert.AreEqual(full.Ids.ToArray(), read.Ids.ToArray());
        }

        [TestMethod]
        [DataRow(null, DisplayName = "never written")]
        [DataRow("", DisplayName = "empty")]
        [DataRow("   \r\n ", DisplayName = "only whitespace")]
        public void No_value_is_an_empty_window_without_a_problem(string? stored)
        {
            var window = RecentlyCounted.Parse(stored);

            Assert.AreEqual(0, window.Ids.Count);
            Assert.IsNull(window.Problem);
        }

        [TestMethod]
        public void Uppercase_ids_and_other_whitespace_are_read()
        {
            var window = RecentlyCounted.Parse(" 7C9E6679742540DE944BE07FC1F90AE7\r\n0f8fad5bd9cb469fa16570867728950e  ");

            Assert.IsNull(window.Problem);
            CollectionAssert.AreEqual(
                new[] { Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e") },
                window.Ids.ToArray());
        }

        [TestMethod]
        public void A_stored_value_longer_than_the_window_keeps_the_newest_and_drops_repeats()
        {
            var longer = string.Join(" ", Enumerable.Range(1, RecentlyCounted.Size + 10).Select(number => Id(number).ToString("N")));
            var repeated = Id(1).ToString("N") + " " + Id(1).ToString("N") + " " + Id(2).ToString("N");

            var window = RecentlyCounted.Parse(longer);
            Assert.IsNull(window.Problem);
            Assert.AreEqual(RecentlyCounted.Size, window.Ids.Count);
            Assert.AreEqual(Id(1), window.Ids[0]);
            Assert.IsFalse(window.Contains(Id(RecentlyCounted.Size + 1)));
            CollectionAssert.AreEqual(new[] { Id(1), Id(2) }, RecentlyCounted.Parse(repeated).Ids.ToArray());
        }

        [TestMethod]
        [DataRow("not an id", DisplayName = "words")]
        [DataRow("7c9e6679-7425-40de-944b-e07fc1f90ae7", DisplayName = "an id with dashes")]
        [DataRow("7c9e6679742540de944be07fc1f90ae", DisplayName = "31 hex digits (truncated)")]
        [DataRow("7c9e6679742540de944be07fc1f90ae7,0f8fad5bd9cb469fa16570867728950e", DisplayName = "a comma instead of a space")]
        [DataRow("7c9e6679742540de944be07fc1f90ae7 zz8fad5bd9cb469fa16570867728950e", DisplayName = "one good id and one bad")]
        [DataRow("00000000000000000000000000000000", DisplayName = "the empty id")]
        public void A_corrupt_value_is_an_empty_window_with_a_problem_and_counting_starts_again(string stored)
        {
            var window = RecentlyCounted.Parse(stored);

            Assert.AreEqual(0, window.Ids.Count);
            Assert.IsNotNull(window.Problem);
            StringAssert.Contains(window.Problem, "could not be read");
            StringAssert.Contains(window.Problem, "treated as none");
            var next = window.With(Id(1));
            Assert.IsNull(next.Problem);
            Assert.AreEqual(Id(1).ToString("N"), next.Format());
        }

        [TestMethod]
        public void The_problem_quotes_a_long_corrupt_value_shortened()
        {
            var window = RecentlyCounted.Parse(new string('x', 5_000));

            Assert.IsNotNull(window.Problem);
            Assert.IsTrue(window.Problem!.Length < 400, window.Problem);
        }

        [TestMethod]
        public void Counting_needs_an_activity_id()
        {
            Assert.ThrowsExactly<ArgumentException>(() => RecentlyCounted.Empty.With(Guid.Empty));
        }
    }
}
