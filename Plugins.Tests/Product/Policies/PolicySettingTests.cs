using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Policies
{
    [TestClass]
    public sealed class PolicySettingTests
    {
        [TestMethod]
        public void An_admin_switching_enforcement_on_saves_the_policy()
        {
            var org = new SalesOrg();

            org.SetPolicy("{\"mode\":\"enforce\",\"responseDelayMinutes\":30}");

            var value = org.Org.Rows(EnvironmentVariableValue.EntityName).Single();
            Assert.AreEqual("{\"mode\":\"enforce\",\"responseDelayMinutes\":30}", value.GetAttributeValue<string>(EnvironmentVariableValue.Value));
        }

        [TestMethod]
        [DataRow("{\"mode\":\"enforced\"}", "mode")]
        [DataRow("{\"responseDelayMinutes\":-5}", "responseDelayMinutes")]
        [DataRow("{\"managerChainDepth\":\"two\"}", "managerChainDepth")]
        [DataRow("{\"responsDelayMinutes\":30}", "responsDelayMinutes")]
        [DataRow("{\"mode\":", "JSON")]
        public void An_invalid_policy_is_refused_naming_the_bad_field_and_nothing_is_saved(string json, string field)
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.SetPolicy(json));

            StringAssert.Contains(message, "cri_policy");
            StringAssert.Contains(message, field);
            Assert.AreEqual(0, org.Org.Rows(EnvironmentVariableValue.EntityName).Count);
        }

        [TestMethod]
        public void An_invalid_default_value_on_the_definition_is_refused_too()
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.Org.AsSystem.Update(
                new Entity(EnvironmentVariableDefinition.EntityName, org.PolicyDefinitionId) { [EnvironmentVariableDefinition.DefaultValue] = "{\"mode\":1}" }));

            StringAssert.Contains(message, "mode");
            Assert.AreEqual("{\"mode\":\"observe\"}", org.Read(EnvironmentVariableDefinition.EntityName, org.PolicyDefinitionId).GetAttributeValue<string>(EnvironmentVariableDefinition.DefaultValue));
        }

        [TestMethod]
        public void Other_environment_variables_are_not_validated()
        {
            var org = new SalesOrg();
            var other = org.Org.AsSystem.Create(new Entity(EnvironmentVariableDefinition.EntityName)
            {
                [EnvironmentVariableDefinition.SchemaName] = "contoso_greeting",
                [EnvironmentVariableDefinition.DefaultValue] = "not json at all",
            });

            Assert.AreEqual("not json at all", org.Read(EnvironmentVariableDefinition.EntityName, other).GetAttributeValue<string>(EnvironmentVariableDefinition.DefaultValue));
        }
    }
}
