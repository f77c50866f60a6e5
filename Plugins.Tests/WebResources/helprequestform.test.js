// The help request form's script (Solution/WebResources/cri_/scripts/helprequestform.js), run by Node's own test
// runner against a stand-in of the form it works on: formContext.getAttribute(name) with getValue / setRequiredLevel,
// formContext.getControl(name) with setVisible, and an execution context whose getFormContext returns it, as
// https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/clientapi-form-context describes.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const HelpRequestForm = require(path.join(__dirname, "..", "..", "Solution", "WebResources", "cri_", "scripts", "helprequestform.js"));

const NON_URGENT = 100000000;
const URGENT = 100000001;

/** A help request form holding `values`; it records each field's required level and each control's visibility. */
function form(values = {}) {
    const required = {};
    const visible = {};
    const names = ["cri_urgency", "cri_urgentreason", "cri_problem", "cri_whattried", "cri_option1", "cri_option2", "cri_option3", "cri_recommendation"];
    const attributes = Object.fromEntries(names.map((name) => [name, {
        getValue: () => (name in values ? values[name] : null),
        setRequiredLevel: (level) => { required[name] = level; },
    }]));
    const formContext = {
        getAttribute: (name) => attributes[name] || null,
        getControl: (name) => (name in attributes ? { setVisible: (value) => { visible[name] = value; } } : null),
    };
    return {
        required,
        visible,
        set: (name, value) => { values[name] = value; },
        context: { getFormContext: () => formContext },
    };
}

test("an urgent request shows the urgent reason and requires it, and nothing else", () => {
    const request = form({ cri_urgency: URGENT });

    HelpRequestForm.onLoad(request.context);

    assert.equal(request.visible.cri_urgentreason, true);
    assert.equal(request.required.cri_urgentreason, "required");
    assert.equal(request.required.cri_whattried, "none");
    assert.equal(request.required.cri_recommendation, "none");
    assert.equal(request.required.cri_option1, "none");
});

test("a non-urgent request hides the urgent reason and requires what was tried, an option and a recommendation", () => {
    const request = form({ cri_urgency: NON_URGENT });

    HelpRequestForm.onLoad(request.context);

    assert.equal(request.visible.cri_urgentreason, false);
    assert.equal(request.required.cri_urgentreason, "none", "a hidden field is never required: the form could not be saved");
    assert.equal(request.required.cri_whattried, "required");
    assert.equal(request.required.cri_recommendation, "required");
    assert.equal(request.required.cri_option1, "required");
});

test("a request without an urgency yet is treated as non-urgent", () => {
    const request = form();

    HelpRequestForm.onLoad(request.context);

    assert.equal(request.visible.cri_urgentreason, false);
    assert.equal(request.required.cri_whattried, "required");
});

test("any one option is enough: Option 1 stops being required once Option 2 or 3 is filled in", () => {
    const request = form({ cri_urgency: NON_URGENT });
    HelpRequestForm.onLoad(request.context);

    request.set("cri_option3", "Offer a two-year term instead");
    HelpRequestForm.onOptionChange(request.context);
    assert.equal(request.required.cri_option1, "none");

    request.set("cri_option3", "   ");
    HelpRequestForm.onOptionChange(request.context);
    assert.equal(request.required.cri_option1, "required", "blank text is no option, as on the server");
});

test("changing the urgency switches the form between the two sets of required fields", () => {
    const request = form({ cri_urgency: NON_URGENT });
    HelpRequestForm.onLoad(request.context);

    request.set("cri_urgency", URGENT);
    HelpRequestForm.onUrgencyChange(request.context);
    assert.equal(request.visible.cri_urgentreason, true);
    assert.equal(request.required.cri_urgentreason, "required");
    assert.equal(request.required.cri_whattried, "none");

    request.set("cri_urgency", NON_URGENT);
    HelpRequestForm.onUrgencyChange(request.context);
    assert.equal(request.visible.cri_urgentreason, false);
    assert.equal(request.required.cri_urgentreason, "none");
    assert.equal(request.required.cri_whattried, "required");
});

test("a handler registered without the execution context says how to register it", () => {
    assert.throws(() => HelpRequestForm.onLoad(undefined), /Pass execution context as first parameter/);
});

test("a form without the urgent reason (customized away) still applies the rest", () => {
    const request = form({ cri_urgency: NON_URGENT });
    const formContext = request.context.getFormContext();
    const partial = { getFormContext: () => ({ getAttribute: (name) => (name === "cri_urgentreason" ? null : formContext.getAttribute(name)), getControl: () => null }) };

    assert.equal(HelpRequestForm.onLoad(partial), false);
    assert.equal(request.required.cri_whattried, "required");
});
