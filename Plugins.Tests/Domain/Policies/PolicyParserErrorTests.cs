using System.Linq;
using CrmIndependence.Plugins.Policies;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Policies
{
    [TestClass]
    public sealed class PolicyParserErrorTests
    {
        [TestMethod]
        [DataRow("{")]
        [DataRow("{\"mode\":}")]
        [DataRow("{'mode':'enforce'}")]
        [DataRow("{mode:\"enforce\"}")]
        [DataRow("{\"mode\":\"enforce\",}")]
        [DataRow("{\"mode\":\"enforce\"} {}")]
        [DataRow("{\"responseDelayMinutes\":05}")]
        [DataRow("{\"responseDelayMinutes\":.5}")]
        [DataRow("{\"responseDelayMinutes\":30 30}")]
        [DataRow("// settings\n{}")]
        [DataRow("{\"mode\":\"enforce\n\"}")]
        [DataRow("{\"mode\":\"\\x\"}")]
        [DataRow("{\"mode\":True}")]
        [DataRow("{\"mode\" \"enforce\"}")]
        [DataRow("{\"mode\":\"observe\"")]
        public void Text_that_is_not_json_is_refused_with_where_the_problem_is(string json)
        {
            var result = PolicyParser.Parse(json);

            Assert.IsFalse(result.IsValid);
            Assert.IsNull(result.Policy);
            Assert.HasCount(1, result.Errors);
            Assert.IsNull(result.Errors[0].Field);
            StringAssert.Contains(result.Errors[0].Message, "not valid JSON");
            StringAssert.Contains(result.Errors[0].Message, "line ");
        }

        [TestMethod]
        public void A_syntax_error_names_its_line_and_column()
        {
            var message = PolicyParser.Parse("{\n  \"mode\": enforce\n}").Errors.Single().Message;

            StringAssert.Contains(message, "line 2, column 11");
        }

        [TestMethod]
        public void Deeply_nested_input_is_refused_without_exhausting_the_stack()
        {
            var json = "{\"mode\":" + new string('[', 100000) + new string(']', 100000) + "}";

            var message = PolicyParser.Parse(json).Errors.Single().Message;

            StringAssert.Contains(message, "nested");
        }

        [TestMethod]
        [DataRow("[]", "a list")]
        [DataRow("42", "42")]
        [DataRow("\"enforce\"", "the text \"enforce\"")]
        [DataRow("null", "null")]
        [DataRow("true", "the value true")]
        public void A_policy_that_is_not_an_object_is_refused(string json, string found)
        {
            var error = PolicyParser.Parse(json).Errors.Single();

            Assert.IsNull(error.Field);
            StringAssert.Contains(error.Message, "must be a JSON object");
            StringAssert.Contains(error.Message, "found " + found);
        }

        [TestMethod]
        public void An_unknown_field_is_named_with_the_likely_intended_field_and_the_accepted_fields()
        {
            var error = PolicyParser.Parse("{\"responsDelayMinutes\":30}").Errors.Single();

            Assert.AreEqual("responsDelayMinutes", error.Field);
            StringAssert.Contains(error.Message, "Unknown field \"responsDelayMinutes\" (line 1, column 2)");
            StringAssert.Contains(error.Message, "Did you mean \"responseDelayMinutes\"?");
            StringAssert.Contains(error.Message, "mode, responseDelayMinutes, coachingCadenceDays");
        }

        [TestMethod]
        public void Field_names_are_case_sensitive_and_a_wrongly_cased_one_gets_a_suggestion()
        {
            var error = PolicyParser.Parse("{\"ResponseDelayMinutes\":30}").Errors.Single();

            Assert.AreEqual("ResponseDelayMinutes", error.Field);
            StringAssert.Contains(error.Message, "Did you mean \"responseDelayMinutes\"?");
        }

        [TestMethod]
        public void An_unrelated_unknown_field_gets_no_suggestion()
        {
            var message = PolicyParser.Parse("{\"colour\":\"blue\"}").Errors.Single().Message;

            Assert.DoesNotContain("Did you mean", message);
        }

        [TestMethod]
        public void A_repeated_field_is_refused()
        {
            var error = PolicyParser.Parse("{\"mode\":\"observe\",\n\"mode\":\"enforce\"}").Errors.Single();

            Assert.AreEqual("mode", error.Field);
            StringAssert.Contains(error.Message, "mode appears more than once (line 2)");
        }

        [TestMethod]
        [DataRow("responseDelayMinutes", "\"30\"", "found the text \"30\" (write numbers without quotes)")]
        [DataRow("responseDelayMinutes", "true", "found the value true")]
        [DataRow("responseDelayMinutes", "null", "found null (leave the field out to use the default, 60)")]
        [DataRow("responseDelayMinutes", "[30]", "found a list")]
        [DataRow("responseDelayMinutes", "{\"minutes\":30}", "found an object")]
        [DataRow("fastResponseShare", "\"half\"", "found the text \"half\"")]
        [DataRow("mode", "1", "found 1")]
        [DataRow("mode", "null", "found null (leave the field out to use the default, \"observe\")")]
        [DataRow("mode", "\"strict\"", "found the text \"strict\"")]
        [DataRow("mode", "\" enforce\"", "found the text \" enforce\"")]
        public void A_value_of_the_wrong_type_names_the_field_and_what_it_accepts(string field, string value, string found)
        {
            var error = PolicyParser.Parse("{\"" + field + "\":" + value + "}").Errors.Single();

            Assert.AreEqual(field, error.Field);
            StringAssert.StartsWith(error.Message, field + " must be ");
            StringAssert.Contains(error.Message, found);
        }

        [TestMethod]
        public void An_invalid_mode_lists_the_two_modes()
        {
            var message = PolicyParser.Parse("{\"mode\":\"strict\"}").Errors.Single().Message;

            Assert.AreEqual("mode must be \"observe\" or \"enforce\"; found the text \"strict\".", message);
        }

        [TestMethod]
        [DataRow("responseDelayMinutes", "-5", "a whole number from 0 to 1440")]
        [DataRow("responseDelayMinutes", "1441", "a whole number from 0 to 1440")]
        [DataRow("responseDelayMinutes", "30.5", "a whole number from 0 to 1440")]
        [DataRow("responseDelayMinutes", "1e400", "a whole number from 0 to 1440")]
        [DataRow("coachingCadenceDays", "0", "a whole number from 1 to 90")]
        [DataRow("coachingCadenceDays", "91", "a whole number from 1 to 90")]
        [DataRow("coachingOverdueDays", "0", "a whole number from 1 to 365")]
        [DataRow("coachingOverdueDays", "366", "a whole number from 1 to 365")]
        [DataRow("coachingCarryOverTopics", "0", "a whole number from 1 to 100")]
        [DataRow("coachingCarryOverTopics", "101", "a whole number from 1 to 100")]
        [DataRow("coachingCarryOverTopics", "2.5", "a whole number from 1 to 100")]
        [DataRow("managerChainDepth", "0", "a whole number from 1 to 10")]
        [DataRow("managerChainDepth", "11", "a whole number from 1 to 10")]
        [DataRow("managerChainDepth", "-1", "a whole number from 1 to 10")]
        [DataRow("parkedRequestsForCoaching", "0", "a whole number from 1 to 50")]
        [DataRow("parkedRequestsForCoaching", "51", "a whole number from 1 to 50")]
        [DataRow("involvementSignalsForCoaching", "0", "a whole number from 1 to 50")]
        [DataRow("involvementSignalsForCoaching", "51", "a whole number from 1 to 50")]
        [DataRow("involvementWindowDays", "0", "a whole number from 1 to 90")]
        [DataRow("involvementWindowDays", "91", "a whole number from 1 to 90")]
        [DataRow("sameGateFailuresForCoaching", "-2", "a whole number from 1 to 50")]
        [DataRow("sameGateFailuresForCoaching", "0", "a whole number from 1 to 50")]
        [DataRow("sameGateFailuresForCoaching", "51", "a whole number from 1 to 50")]
        [DataRow("fastResponseShare", "1.5", "a number from 0 to 1 (for example 0.5)")]
        [DataRow("fastResponseShare", "-0.1", "a number from 0 to 1 (for example 0.5)")]
        [DataRow("fastResponseWindowDays", "0", "a whole number from 1 to 90")]
        [DataRow("fastResponseWindowDays", "91", "a whole number from 1 to 90")]
        [DataRow("takeOverMinimumActivities", "0", "a whole number from 1 to 1000")]
        [DataRow("takeOverMinimumActivities", "1001", "a whole number from 1 to 1000")]
        [DataRow("dependencyScoreThreshold", "-1", "a whole number from 0 to 100")]
        [DataRow("dependencyScoreThreshold", "101", "a whole number from 0 to 100")]
        public void A_number_out_of_range_names_the_field_and_its_range(string field, string value, string range)
        {
            var error = PolicyParser.Parse("{\"" + field + "\":" + value + "}").Errors.Single();

            Assert.AreEqual(field, error.Field);
            Assert.AreEqual($"{field} must be {range}; found {value}.", error.Message);
        }

        [TestMethod]
        public void Every_problem_is_reported_at_once()
        {
            var result = PolicyParser.Parse("{\"mode\":\"strict\",\"responseDelayMinutes\":-5,\"managerChainDepth\":\"2\",\"colour\":1}");

            CollectionAssert.AreEquivalent(
                new[] { "mode", "responseDelayMinutes", "managerChainDepth", "colour" },
                result.Errors.Select(error => error.Field).ToArray());
        }

        [TestMethod]
        public void The_error_summary_names_the_environment_variable_and_every_problem()
        {
            var summary = PolicyParser.Parse("{\"mode\":\"strict\",\"managerChainDepth\":0}").ErrorSummary;

            StringAssert.StartsWith(summary, "The CrmIndependence policy (environment variable cri_policy) is not valid: ");
            StringAssert.Contains(summary, "mode must be \"observe\" or \"enforce\"");
            StringAssert.Contains(summary, "managerChainDepth must be a whole number from 1 to 10; found 0.");
        }

        [TestMethod]
        public void A_coaching_overdue_period_shorter_than_the_cadence_is_refused()
        {
            var error = PolicyParser.Parse("{\"coachingCadenceDays\":14,\"coachingOverdueDays\":7}").Errors.Single();

            Assert.AreEqual("coachingOverdueDays", error.Field);
            StringAssert.Contains(error.Message, "coachingOverdueDays (7) must be at least coachingCadenceDays (14)");
        }
    }
}
