using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CrmIndependence.Plugins.Policies;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Policies
{
    [TestClass]
    public sealed class PolicyParserTests
    {
        [TestMethod]
        [DataRow(null)]
        [DataRow("")]
        [DataRow("   \n ")]
        public void An_absent_policy_means_observe_mode_and_every_default(string? json)
        {
            var result = PolicyParser.Parse(json);

            Assert.IsTrue(result.IsValid);
            Assert.IsTrue(result.WasAbsent);
            Assert.AreSame(SuitePolicy.Default, result.Policy);
            Assert.AreEqual(EnforcementMode.Observe, result.Policy!.Mode);
        }

        [TestMethod]
        public void The_defaults_are_the_documented_values()
        {
            var policy = SuitePolicy.Default;

            Assert.AreEqual(EnforcementMode.Observe, policy.Mode);
            Assert.AreEqual(60, policy.ResponseDelayMinutes);
            Assert.AreEqual(7, policy.CoachingCadenceDays);
            Assert.AreEqual(14, policy.CoachingOverdueDays);
            Assert.AreEqual(15, policy.CoachingCarryOverTopics);
            Assert.AreEqual(2, policy.ManagerChainDepth);
            Assert.AreEqual(3, policy.ParkedRequestsForCoaching);
            Assert.AreEqual(2, policy.InvolvementSignalsForCoaching);
            Assert.AreEqual(7, policy.InvolvementWindowDays);
            Assert.AreEqual(2, policy.SameGateFailuresForCoaching);
            Assert.AreEqual(0.5m, policy.FastResponseShare);
            Assert.AreEqual(14, policy.FastResponseWindowDays);
            Assert.AreEqual(4, policy.TakeOverMinimumActivities);
            Assert.AreEqual(60, policy.DependencyScoreThreshold);
        }

        [TestMethod]
        public void An_empty_object_keeps_every_default_but_is_not_absent()
        {
            var result = PolicyParser.Parse("{ }");

            Assert.IsTrue(result.IsValid);
            Assert.IsFalse(result.WasAbsent);
            Assert.AreEqual(SuitePolicy.Default.ToJson(), result.Policy!.ToJson());
        }

        [TestMethod]
        public void Every_field_is_read_from_the_policy()
        {
            var result = PolicyParser.Parse(
                "{\"mode\":\"enforce\",\"responseDelayMinutes\":30,\"coachingCadenceDays\":14,\"coachingOverdueDays\":21,\"coachingCarryOverTopics\":40," +
                "\"managerChainDepth\":3,\"parkedRequestsForCoaching\":5,\"involvementSignalsForCoaching\":4,\"involvementWindowDays\":10," +
                "\"sameGateFailuresForCoaching\":3,\"fastResponseShare\":0.75,\"fastResponseWindowDays\":28," +
                "\"takeOverMinimumActivities\":6,\"dependencyScoreThreshold\":50}");

            Assert.IsTrue(result.IsValid, result.ErrorSummary);
            var policy = result.Policy!;
            Assert.AreEqual(EnforcementMode.Enforce, policy.Mode);
            Assert.AreEqual(30, policy.ResponseDelayMinutes);
            Assert.AreEqual(14, policy.CoachingCadenceDays);
            Assert.AreEqual(21, policy.CoachingOverdueDays);
            Assert.AreEqual(40, policy.CoachingCarryOverTopics);
            Assert.AreEqual(3, policy.ManagerChainDepth);
            Assert.AreEqual(5, policy.ParkedRequestsForCoaching);
            Assert.AreEqual(4, policy.InvolvementSignalsForCoaching);
            Assert.AreEqual(10, policy.InvolvementWindowDays);
            Assert.AreEqual(3, policy.SameGateFailuresForCoaching);
            Assert.AreEqual(0.75m, policy.FastResponseShare);
            Assert.AreEqual(28, policy.FastResponseWindowDays);
            Assert.AreEqual(6, policy.TakeOverMinimumActivities);
            Assert.AreEqual(50, policy.DependencyScoreThreshold);
        }

        [TestMethod]
        public void Fields_left_out_keep_their_defaults()
        {
            var policy = PolicyParser.Parse("{\"mode\":\"enforce\",\"responseDelayMinutes\":30}").Policy!;

            Assert.AreEqual(EnforcementMode.Enforce, policy.Mode);
            Assert.AreEqual(30, policy.ResponseDelayMinutes);
            Assert.AreEqual(2, policy.ManagerChainDepth);
            Assert.AreEqual(0.5m, policy.FastResponseShare);
        }

        [TestMethod]
        [DataRow("\"enforce\"", EnforcementMode.Enforce)]
        [DataRow("\"Enforce\"", EnforcementMode.Enforce)]
        [DataRow("\"OBSERVE\"", EnforcementMode.Observe)]
        [DataRow("\"observe\"", EnforcementMode.Observe)]
        public void The_mode_value_is_not_case_sensitive(string value, EnforcementMode expected)
        {
            Assert.AreEqual(expected, PolicyParser.Parse("{\"mode\":" + value + "}").Policy!.Mode);
        }

        [TestMethod]
        public void Whitespace_line_breaks_a_byte_order_mark_exponents_and_escapes_are_valid_json()
        {
            var result = PolicyParser.Parse("\uFEFF{\r\n  \"mode\" : \"enf\\u006frce\",\n\t\"responseDelayMinutes\": 1e2,\n  \"fastResponseShare\": 25E-2\n}\n");

            Assert.IsTrue(result.IsValid, result.ErrorSummary);
            Assert.AreEqual(EnforcementMode.Enforce, result.Policy!.Mode);
            Assert.AreEqual(100, result.Policy.ResponseDelayMinutes);
            Assert.AreEqual(0.25m, result.Policy.FastResponseShare);
        }

        [TestMethod]
        [DataRow("responseDelayMinutes", "0")]
        [DataRow("responseDelayMinutes", "1440")]
        [DataRow("coachingCadenceDays", "1")]
        [DataRow("coachingOverdueDays", "365")]
        [DataRow("coachingCarryOverTopics", "1")]
        [DataRow("coachingCarryOverTopics", "100")]
        [DataRow("managerChainDepth", "1")]
        [DataRow("managerChainDepth", "10")]
        [DataRow("parkedRequestsForCoaching", "1")]
        [DataRow("parkedRequestsForCoaching", "50")]
        [DataRow("involvementSignalsForCoaching", "1")]
        [DataRow("involvementSignalsForCoaching", "50")]
        [DataRow("involvementWindowDays", "1")]
        [DataRow("involvementWindowDays", "90")]
        [DataRow("sameGateFailuresForCoaching", "1")]
        [DataRow("sameGateFailuresForCoaching", "50")]
        [DataRow("fastResponseShare", "0")]
        [DataRow("fastResponseShare", "1")]
        [DataRow("fastResponseWindowDays", "1")]
        [DataRow("fastResponseWindowDays", "90")]
        [DataRow("takeOverMinimumActivities", "1")]
        [DataRow("takeOverMinimumActivities", "1000")]
        [DataRow("dependencyScoreThreshold", "0")]
        [DataRow("dependencyScoreThreshold", "100")]
        [DataRow("responseDelayMinutes", "30.0")]
        public void The_ends_of_each_range_are_accepted(string field, string value)
        {
            var result = PolicyParser.Parse("{\"" + field + "\":" + value + "}");

            Assert.IsTrue(result.IsValid, result.ErrorSummary);
            Assert.AreEqual(decimal.Parse(value, CultureInfo.InvariantCulture), ValueIn(result.Policy!.ToJson(), field), "the value read is the value given");
        }

        [TestMethod]
        [DataRow(90, 90)]
        [DataRow(1, 1)]
        public void The_ends_of_the_cadence_and_overdue_ranges_are_accepted_with_an_overdue_period_at_least_the_cadence(int cadence, int overdue)
        {
            var result = PolicyParser.Parse("{\"coachingCadenceDays\":" + cadence + ",\"coachingOverdueDays\":" + overdue + "}");

            Assert.IsTrue(result.IsValid, result.ErrorSummary);
            Assert.AreEqual(cadence, result.Policy!.CoachingCadenceDays);
            Assert.AreEqual(overdue, result.Policy.CoachingOverdueDays);
        }

        private static decimal ValueIn(string json, string field) =>
            decimal.Parse(Regex.Match(json, "\"" + field + "\":([^,}]+)").Groups[1].Value, CultureInfo.InvariantCulture);

        [TestMethod]
        public void A_policy_written_as_json_reads_back_to_the_same_policy()
        {
            var policy = new SuitePolicy { Mode = EnforcementMode.Enforce, ResponseDelayMinutes = 45, FastResponseShare = 0.6m, ManagerChainDepth = 4 };

            var json = policy.ToJson();
            var read = PolicyParser.Parse(json);

            Assert.IsTrue(read.IsValid, read.ErrorSummary);
            Assert.AreEqual(json, read.Policy!.ToJson());
        }

        [TestMethod]
        public void The_default_policy_json_lists_every_field_with_its_default()
        {
            Assert.AreEqual(
                "{\"mode\":\"observe\",\"responseDelayMinutes\":60,\"coachingCadenceDays\":7,\"coachingOverdueDays\":14,\"coachingCarryOverTopics\":15,\"managerChainDepth\":2," +
                "\"parkedRequestsForCoaching\":3,\"involvementSignalsForCoaching\":2,\"involvementWindowDays\":7,\"sameGateFailuresForCoaching\":2," +
                "\"fastResponseShare\":0.5,\"fastResponseWindowDays\":14,\"takeOverMinimumActivities\":4,\"dependencyScoreThreshold\":60}",
                SuitePolicy.Default.ToJson());
        }
    }
}
