// The Approve and Reject buttons' script (Solution/WebResources/cri_/scripts/approvedeal.js), run by Node's own test
// runner (`node --test`, no npm package) against a stand-in of the Xrm calls it makes. The stand-in records each call
// and answers as the platform would: Xrm.WebApi.online.execute resolves with a fetch-like response, or rejects with
// { errorCode, message } as https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-webapi/online/execute
// describes; openConfirmDialog resolves with { confirmed }.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const ApproveDeal = require(path.join(__dirname, "..", "..", "Solution", "WebResources", "cri_", "scripts", "approvedeal.js"));

const REQUIRED = 100000001;
const APPROVED = 100000002;
const REJECTED = 100000003;
const DEAL = "{6F9619FF-8B86-D011-B42D-00C04FC964FF}";

function standIn({ confirmed = true, execute } = {}) {
    const calls = [];
    const record = (name, value) => { calls.push({ name, value }); return Promise.resolve(value); };
    globalThis.Xrm = {
        Navigation: {
            openAlertDialog: (options) => record("alert", options),
            openConfirmDialog: (options) => { calls.push({ name: "confirm", value: options }); return Promise.resolve({ confirmed }); },
            openErrorDialog: (options) => record("error", options),
        },
        Utility: {
            showProgressIndicator: (text) => { calls.push({ name: "progress", value: text }); },
            closeProgressIndicator: () => { calls.push({ name: "progress closed" }); },
        },
        WebApi: {
            online: {
                execute: (request) => {
                    calls.push({ name: "execute", value: request });
                    return execute ? execute(request) : Promise.resolve(okResponse({ ApprovalStatus: request.Approve ? APPROVED : REJECTED }));
                },
            },
        },
    };
    return calls;
}

function okResponse(body) {
    return { ok: true, status: 200, statusText: "OK", json: () => Promise.resolve(body) };
}

function form({ id = DEAL, status = REQUIRED, comment = null } = {}) {
    const calls = [];
    const attributes = {
        cri_approvalstatus: { getValue: () => status },
        cri_approvalcomment: { getValue: () => comment, setSubmitMode: (mode) => calls.push({ name: "submit mode", value: mode }) },
    };
    return {
        calls,
        data: {
            entity: { getId: () => id },
            refresh: (save) => { calls.push({ name: "refresh", value: save }); return Promise.resolve(); },
        },
        getAttribute: (name) => attributes[name] || null,
        getControl: (name) => ({ setFocus: () => calls.push({ name: "focus", value: name }) }),
        ui: {
            refreshRibbon: () => calls.push({ name: "refresh ribbon" }),
            setFormNotification: (text, level, id) => calls.push({ name: "notification", value: { text, level, id } }),
        },
    };
}

const names = (calls) => calls.map((call) => call.name);

test("the buttons show only on a saved deal whose approval is Required", () => {
    assert.equal(ApproveDeal.isApprovalRequired(form({ status: REQUIRED })), true);
    assert.equal(ApproveDeal.isApprovalRequired(form({ status: APPROVED })), false);
    assert.equal(ApproveDeal.isApprovalRequired(form({ status: REJECTED })), false);
    assert.equal(ApproveDeal.isApprovalRequired(form({ status: 100000000 })), false);
    assert.equal(ApproveDeal.isApprovalRequired(form({ status: null })), false);
    assert.equal(ApproveDeal.isApprovalRequired(form({ id: "" })), false, "a deal being created has nothing to approve");
    assert.equal(ApproveDeal.isApprovalRequired(undefined), false);
});

test("the request is cri_ApproveDeal bound to the deal, an action with Approve and Comment typed", () => {
    const request = ApproveDeal.buildRequest("6f9619ff-8b86-d011-b42d-00c04fc964ff", false, "Too much for a one-year deal.");
    const metadata = request.getMetadata();

    assert.deepEqual(request.entity, { entityType: "opportunity", id: "6f9619ff-8b86-d011-b42d-00c04fc964ff" });
    assert.equal(request.Approve, false);
    assert.equal(request.Comment, "Too much for a one-year deal.");
    assert.equal(metadata.operationName, "cri_ApproveDeal");
    assert.equal(metadata.operationType, 0, "0 is an action");
    assert.equal(metadata.boundParameter, "entity");
    assert.deepEqual(metadata.parameterTypes, {
        entity: { typeName: "mscrm.opportunity", structuralProperty: 5 },
        Approve: { typeName: "Edm.Boolean", structuralProperty: 1 },
        Comment: { typeName: "Edm.String", structuralProperty: 1 },
    });
});

test("an approval without a comment sends no Comment parameter", () => {
    const request = ApproveDeal.buildRequest("6f9619ff-8b86-d011-b42d-00c04fc964ff", true, null);

    assert.equal("Comment" in request, false);
    assert.equal("Comment" in request.getMetadata().parameterTypes, false);
});

test("Approve, once confirmed, calls the API for this deal, refreshes the form and its command bar and says so", async () => {
    const xrm = standIn();
    const deal = form({ comment: "  Fine for a three-year term. " });

    const status = await ApproveDeal.approve(deal);

    assert.equal(status, APPROVED);
    assert.deepEqual(names(xrm), ["confirm", "progress", "execute", "progress closed"]);
    const request = xrm.find((call) => call.name === "execute").value;
    assert.equal(request.entity.id, "6f9619ff-8b86-d011-b42d-00c04fc964ff", "the id without braces, lower case");
    assert.equal(request.Approve, true);
    assert.equal(request.Comment, "Fine for a three-year term.");
    assert.deepEqual(names(deal.calls), ["submit mode", "refresh", "refresh ribbon", "notification"]);
    assert.equal(deal.calls.find((call) => call.name === "refresh").value, false, "the form is reloaded, not saved");
    assert.equal(deal.calls.find((call) => call.name === "notification").value.text, "You approved this deal.");
});

test("Reject sends the comment and tells the manager the rep sees it", async () => {
    const xrm = standIn();
    const deal = form({ comment: "15% is too much; 10% or a longer term." });

    const status = await ApproveDeal.reject(deal);

    assert.equal(status, REJECTED);
    const request = xrm.find((call) => call.name === "execute").value;
    assert.equal(request.Approve, false);
    assert.equal(request.Comment, "15% is too much; 10% or a longer term.");
    assert.equal(deal.calls.find((call) => call.name === "notification").value.text, "You rejected this deal; the rep sees your comment.");
});

test("Reject without a comment asks for one and calls nothing", async () => {
    const xrm = standIn();
    const deal = form({ comment: "   " });

    await ApproveDeal.reject(deal);

    assert.deepEqual(names(xrm), ["alert"]);
    assert.match(xrm[0].value.text, /Write in Approval Comment why you reject this deal/);
    assert.deepEqual(deal.calls, [{ name: "focus", value: "cri_approvalcomment" }]);
});

test("cancelling the confirmation calls nothing", async () => {
    const xrm = standIn({ confirmed: false });
    const deal = form();

    const status = await ApproveDeal.approve(deal);

    assert.equal(status, null);
    assert.deepEqual(names(xrm), ["confirm"]);
    assert.deepEqual(deal.calls, []);
});

test("a refusal from the server is shown with the server's words and the form is left as it is", async () => {
    const refusal = "You can't approve this deal: it asks for a discount percentage of 15% and your authority covers up to 10%. Someone whose authority covers it has to approve it.";
    const xrm = standIn({ execute: () => Promise.reject({ errorCode: 2147220891, message: refusal }) });
    const deal = form();

    const status = await ApproveDeal.approve(deal);

    assert.equal(status, null);
    assert.deepEqual(names(xrm), ["confirm", "progress", "execute", "progress closed", "error"]);
    assert.equal(xrm.at(-1).value.message, refusal);
    assert.deepEqual(deal.calls, [], "no refresh, no notification");
});

test("an unexpected answer is an error, not a silent success", async () => {
    const xrm = standIn({ execute: () => Promise.resolve({ ok: false, status: 500, statusText: "Internal Server Error", json: () => Promise.resolve({}) }) });

    await ApproveDeal.approve(form());

    assert.equal(xrm.at(-1).name, "error");
    assert.equal(xrm.at(-1).value.message, "cri_ApproveDeal answered 500 Internal Server Error.");
});

test("an unsaved deal cannot be approved", async () => {
    const xrm = standIn();

    await ApproveDeal.approve(form({ id: "" }));

    assert.deepEqual(names(xrm), ["alert"]);
    assert.match(xrm[0].value.text, /Save the deal first/);
});

test("outside a form (no Xrm) the script says where it runs", async () => {
    delete globalThis.Xrm;

    assert.throws(() => ApproveDeal.approve(form()), /runs inside a model-driven app form/);
});

test("every function the opportunity command bar names is one the script exports", () => {
    const fs = require("node:fs");
    const ribbon = fs.readFileSync(path.join(__dirname, "..", "..", "Solution", "Entities", "Opportunity", "RibbonDiff.xml"), "utf8");
    const named = [...ribbon.matchAll(/FunctionName="CrmIndependence\.ApproveDeal\.([A-Za-z]+)"/g)].map((match) => match[1]);

    assert.deepEqual([...new Set(named)].sort(), ["approve", "isApprovalRequired", "reject"]);
    for (const name of named) {
        assert.equal(typeof ApproveDeal[name], "function", name);
    }
});
