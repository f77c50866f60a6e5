using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Coaching;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Coaching
{
    [TestClass]
    public sealed class AgendaWriterTests
    {
        private static readonly DateTime Session = new DateTime(2024, 5, 21, 9, 0, 0, DateTimeKind.Utc);
        private static readonly Guid Contoso = new Guid("10000000-0000-0000-0000-000000000001");
        private static readonly Guid Fabrikam = new Guid("10000000-0000-0000-0000-000000000002");

        [TestMethod]
        public void A_full_agenda_reads_as_a_meeting_plan()
        {
            var topics = new[]
            {
                Topic(TopicSource.Signal, "Manager edited deal", 14) with { OpportunityId = Contoso, DealName = "Contoso renewal", Detail = "Morgan Lee changed the sales stage." },
                Topic(TopicSource.ParkedRequest, "Can I offer 12% to close this quarter?", 13) with
                {
                    DealName = "Contoso renewal", RepRecommendation = "Offer 10% with a two-year term.", Detail = "Tried: asked procurement for a bigger volume.",
                },
                Topic(TopicSource.StageGateFailure, "Budget confirmed is missing before Propose", 12) with { GateKey = "budget", OpportunityId = Contoso, DealName = "Contoso renewal" },
                Topic(TopicSource.CarriedOver, "Pricing for the Fabrikam expansion", 2) with
                {
                    OriginalSource = TopicSource.ParkedRequest, RepRecommendation = "Hold the list price.", Notes = "Check margin with finance.",
                },
                Topic(TopicSource.StageGateFailure, "Budget confirmed is missing before Propose", 15) with { GateKey = "budget", OpportunityId = Fabrikam, DealName = "Fabrikam expansion" },
                Topic(TopicSource.Signal, "Manager activity on deal", 16) with { OpportunityId = Contoso, DealName = "Contoso renewal", Detail = "Morgan Lee created a phone call." },
                Topic(TopicSource.ParkedRequest, "Who should join the Fabrikam demo?", 16),
                Topic(TopicSource.Manual, "Quarter plan", 17) with { Detail = "Top three deals to close." },
                Topic(TopicSource.Manual, "Already discussed", 10) with { IsResolved = true },
            };
            var request = new AgendaRequest("Riley Chen", Session, topics)
            {
                ManagerName = "Morgan Lee",
                WhyNow = "3 help requests are parked for coaching (threshold 3).",
            };

            var agenda = AgendaWriter.Write(request);

            Assert.AreEqual(
                "Riley, bring your recommendation for each item.\n" +
                "\n" +
                "Coaching session: Riley Chen with Morgan Lee\n" +
                "When: Tue 21 May 2024, 09:00 UTC (30 minutes)\n" +
                "Why now: 3 help requests are parked for coaching (threshold 3).\n" +
                "\n" +
                "Carried over from earlier sessions (1)\n" +
                "1. Pricing for the Fabrikam expansion (first raised 2 May, a parked help request)\n" +
                "   Riley recommends: Hold the list price.\n" +
                "   Notes so far: Check margin with finance.\n" +
                "\n" +
                "Parked help requests (2)\n" +
                "2. Can I offer 12% to close this quarter? — Contoso renewal (parked 13 May)\n" +
                "   Riley recommends: Offer 10% with a two-year term.\n" +
                "   Tried: asked procurement for a bigger volume.\n" +
                "3. Who should join the Fabrikam demo? (parked 16 May)\n" +
                "   No recommendation yet: Riley, come with one.\n" +
                "\n" +
                "Stage gates that stopped a deal (1)\n" +
                "4. Budget confirmed is missing before Propose: on 2 deals (Contoso renewal, Fabrikam expansion)\n" +
                "   Agree what Riley checks before moving a deal past this gate.\n" +
                "\n" +
                "Where a manager stepped in (1)\n" +
                "5. Contoso renewal: a manager stepped in 2 times\n" +
                "   - 14 May: Morgan Lee changed the sales stage.\n" +
                "   - 16 May: Morgan Lee created a phone call.\n" +
                "   Ask: what would you have done on your own, and what do you need to do it next time?\n" +
                "\n" +
                "Other topics (1)\n" +
                "6. Quarter plan\n" +
                "   Top three deals to close.\n" +
                "\n" +
                "To close: for each item, agree who decides next time, and note it on the topic.\n",
                agenda);
        }

        [TestMethod]
        public void A_gate_is_named_by_its_name_and_without_one_by_its_topic_never_by_its_key()
        {
            const string key = "00000085-62ce-47d7-bd5d-15a6c0875986";
            var named = Write(
                "Riley Chen",
                Topic(TopicSource.StageGateFailure, "Stage gate blocked: Contoso renewal", 12) with { GateKey = key, OpportunityId = Contoso, DealName = "Contoso renewal" },
                Topic(TopicSource.StageGateFailure, "Stage gate blocked: Fabrikam expansion", 13) with
                {
                    GateKey = key, GateName = "Identify the decision maker", OpportunityId = Fabrikam, DealName = "Fabrikam expansion",
                });
            var unnamed = Write(
                "Riley Chen",
                Topic(TopicSource.StageGateFailure, "Stage gate blocked: Contoso renewal", 12) with { GateKey = key, OpportunityId = Contoso, DealName = "Contoso renewal" });

            StringAssert.Contains(named, "1. Identify the decision maker: on 2 deals (Contoso renewal, Fabrikam expansion)\n");
            StringAssert.Contains(unnamed, "1. Stage gate blocked: Contoso renewal: on 1 deal (Contoso renewal)\n");
            Assert.DoesNotContain(key, named + unnamed);
        }

        [TestMethod]
        public void A_carried_over_gate_says_which_gate_it_came_from()
        {
            var agenda = Write(
                "Riley Chen",
                Topic(TopicSource.CarriedOver, "Stage gate blocked", 2) with { OriginalSource = TopicSource.StageGateFailure, GateName = "Identify the decision maker" },
                Topic(TopicSource.CarriedOver, "Stage gate blocked", 3) with { OriginalSource = TopicSource.StageGateFailure });

            StringAssert.Contains(agenda, "1. Stage gate blocked (first raised 2 May, the stage gate \"Identify the decision maker\")\n");
            StringAssert.Contains(agenda, "2. Stage gate blocked (first raised 3 May, a stage gate)\n");
        }

        [TestMethod]
        public void A_deal_won_beyond_authority_has_its_own_section_between_stage_gates_and_manager_involvement()
        {
            var agenda = Write(
                "Riley Chen",
                Topic(TopicSource.Signal, "Manager edited deal: Fabrikam expansion", 12) with
                {
                    SignalKind = SignalKind.ManagerEditedDeal, OpportunityId = Fabrikam, DealName = "Fabrikam expansion", Detail = "Morgan Lee changed the sales stage.",
                },
                Topic(TopicSource.Signal, "Won without approval: Contoso renewal", 14) with
                {
                    SignalKind = SignalKind.WonWithoutApproval, OpportunityId = Contoso, DealName = "Contoso renewal",
                    Detail = "Won without approval (approval Required): discount percentage 17% (authority up to 10%)",
                },
                Topic(TopicSource.ParkedRequest, "Can I offer 12%?", 13) with { RepRecommendation = "Offer 10%." },
                Topic(TopicSource.StageGateFailure, "Budget confirmed is missing", 11) with { GateKey = "budget", OpportunityId = Fabrikam, DealName = "Fabrikam expansion" });

            StringAssert.Contains(
                agenda,
                "Parked help requests (1)\n" +
                "1. Can I offer 12%? (parked 13 May)\n" +
                "   Riley recommends: Offer 10%.\n" +
                "\n" +
                "Stage gates that stopped a deal (1)\n" +
                "2. Budget confirmed is missing: on 1 deal (Fabrikam expansion)\n" +
                "   Agree what Riley checks before moving a deal past this gate.\n" +
                "\n" +
                "Decisions beyond your authority (1)\n" +
                "3. Contoso renewal: won 14 May beyond Riley's authority\n" +
                "   Won without approval (approval Required): discount percentage 17% (authority up to 10%)\n" +
                "   Ask: what made it feel like your call, and who could have approved it in time?\n" +
                "\n" +
                "Where a manager stepped in (1)\n" +
                "4. Fabrikam expansion: a manager stepped in 1 time\n" +
                "   - 12 May: Morgan Lee changed the sales stage.\n");
        }

        [TestMethod]
        public void Each_win_beyond_authority_is_an_item_of_its_own_oldest_first()
        {
            var agenda = Write(
                "Riley Chen",
                Topic(TopicSource.Signal, "Won without approval: Fabrikam expansion", 16) with
                {
                    SignalKind = SignalKind.WonWithoutApproval, OpportunityId = Fabrikam, DealName = "Fabrikam expansion",
                    Detail = "Won without approval (approval Required): deal value 250,000 (authority up to 100,000)",
                },
                Topic(TopicSource.Signal, "Won without approval", 15) with { SignalKind = SignalKind.WonWithoutApproval });

            StringAssert.Contains(agenda, "Decisions beyond your authority (2)\n1. a deal: won 15 May beyond Riley's authority\n   Ask: ");
            StringAssert.Contains(agenda, "2. Fabrikam expansion: won 16 May beyond Riley's authority\n   Won without approval (approval Required): deal value 250,000 (authority up to 100,000)\n");
            Assert.DoesNotContain("Where a manager stepped in", agenda);
        }

        [TestMethod]
        public void A_carried_over_win_beyond_authority_says_where_it_came_from_and_what_was_beyond()
        {
            var agenda = Write(
                "Riley Chen",
                Topic(TopicSource.CarriedOver, "Won without approval: Contoso renewal", 2) with
                {
                    OriginalSource = TopicSource.Signal, SignalKind = SignalKind.WonWithoutApproval, OpportunityId = Contoso, DealName = "Contoso renewal",
                    Detail = "Won without approval (approval Required): discount percentage 17% (authority up to 10%)", Notes = "Riley asks Max before going past 10%.",
                },
                Topic(TopicSource.CarriedOver, "Manager edited deal: Fabrikam expansion", 3) with
                {
                    OriginalSource = TopicSource.Signal, SignalKind = SignalKind.ManagerEditedDeal, DealName = "Fabrikam expansion", Detail = "Morgan Lee changed the sales stage.",
                });

            StringAssert.Contains(
                agenda,
                "Carried over from earlier sessions (2)\n" +
                "1. Won without approval: Contoso renewal (first raised 2 May, a decision beyond Riley's authority)\n" +
                "   Won without approval (approval Required): discount percentage 17% (authority up to 10%)\n" +
                "   Notes so far: Riley asks Max before going past 10%.\n" +
                "2. Manager edited deal: Fabrikam expansion (first raised 3 May, manager involvement)\n");
            Assert.DoesNotContain("Decisions beyond your authority", agenda);
        }

        [TestMethod]
        public void The_first_line_states_the_goal_using_the_reps_first_name()
        {
            StringAssert.StartsWith(Write("Riley Chen"), "Riley, bring your recommendation for each item.\n");
            StringAssert.StartsWith(
                AgendaWriter.Write(new AgendaRequest("Mary Ann Smith", Session, new AgendaTopic[0]) { RepFirstName = "Mary Ann" }),
                "Mary Ann, bring your recommendation for each item.\n");
            StringAssert.StartsWith(Write("  "), "Bring your recommendation for each item.\n");
        }

        [TestMethod]
        public void With_no_open_topics_the_agenda_asks_the_rep_to_bring_a_deal()
        {
            var agenda = Write("Riley Chen", Topic(TopicSource.Manual, "Done already", 1) with { IsResolved = true });

            StringAssert.Contains(agenda, "No open topics. Ask Riley which deal they want to think through.");
        }

        [TestMethod]
        public void Within_a_group_the_oldest_item_comes_first()
        {
            var agenda = Write("Riley Chen", Topic(TopicSource.ParkedRequest, "Newer question", 16), Topic(TopicSource.ParkedRequest, "Older question", 11));

            Assert.IsLessThan(agenda.IndexOf("Newer question", StringComparison.Ordinal), agenda.IndexOf("Older question", StringComparison.Ordinal));
        }

        [TestMethod]
        public void More_than_five_involvement_signals_on_a_deal_are_summarised()
        {
            var signals = Enumerable.Range(1, 8)
                .Select(day => Topic(TopicSource.Signal, $"Signal {day}", day) with { OpportunityId = Contoso, DealName = "Contoso renewal" })
                .ToArray();

            var agenda = Write("Riley Chen", signals);

            StringAssert.Contains(agenda, "1. Contoso renewal: a manager stepped in 8 times\n");
            StringAssert.Contains(agenda, "   - 5 May: Signal 5\n   - and 3 more\n");
            Assert.DoesNotContain("Signal 6", agenda);
        }

        [TestMethod]
        public void A_signal_without_a_deal_is_an_item_of_its_own()
        {
            var agenda = Write("Riley Chen", Topic(TopicSource.Signal, "Coaching skipped", 3), Topic(TopicSource.Signal, "Fast response", 4));

            StringAssert.Contains(agenda, "1. Coaching skipped (3 May)\n2. Fast response (4 May)\n");
        }

        [TestMethod]
        public void User_text_is_put_on_one_line_and_shortened()
        {
            var agenda = Write("Riley Chen", Topic(TopicSource.ParkedRequest, "Line one\r\nline two\t\tand three", 3) with { RepRecommendation = new string('r', 1000) });

            StringAssert.Contains(agenda, "1. Line one line two and three (parked 3 May)\n");
            StringAssert.Contains(agenda, "Riley recommends: " + new string('r', 299) + "…\n");
        }

        [TestMethod]
        public void A_long_agenda_fits_the_column_and_says_how_many_items_were_left_off()
        {
            var topics = Enumerable.Range(0, 300).Select(index => Topic(TopicSource.Manual, $"Topic number {index} " + new string('x', 60), 1)).ToList();

            var agenda = AgendaWriter.Write(new AgendaRequest("Riley Chen", Session, topics) { MaximumLength = 2000 });

            Assert.IsLessThanOrEqualTo(2000, agenda.Length);
            StringAssert.Contains(agenda, "more items: see the session's topic list.");
            StringAssert.EndsWith(agenda, "note it on the topic.\n");
        }

        [TestMethod]
        public void Bad_requests_are_refused()
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => AgendaWriter.Write(null!));
            Assert.ThrowsExactly<ArgumentNullException>(() => new AgendaRequest("Riley", Session, null!));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new AgendaRequest("Riley", Session, new AgendaTopic[0]) { DurationMinutes = 0 });
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new AgendaRequest("Riley", Session, new AgendaTopic[0]) { MaximumLength = 100 });
            Assert.ThrowsExactly<ArgumentException>(() => new AgendaTopic(Guid.NewGuid(), TopicSource.Manual, " ", Session));
        }

        private static string Write(string rep, params AgendaTopic[] topics) => AgendaWriter.Write(new AgendaRequest(rep, Session, topics));

        private static AgendaTopic Topic(TopicSource source, string title, int dayOfMay) =>
            new AgendaTopic(Guid.NewGuid(), source, title, new DateTime(2024, 5, dayOfMay, 8, 0, 0, DateTimeKind.Utc));
    }
}
