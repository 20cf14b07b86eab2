// Package mockwazzup is a fake Wazzup v3 server: the HTTP surface the
// 1C:УНФ extension talks to, driven by the contract in openapi/wazzup-v3.yaml,
// plus controls for tests.
//
// # Layers
//
// A request under /v3/ passes, in order:
//
//  1. the journal (every request is recorded with its status when it ends);
//  2. injected faults for its route ("POST /v3/contacts"): delay, status code,
//     dropped connection;
//  3. authentication: a configured API key passes; a configured sidecar key
//     gets 403 FORBIDDEN everywhere except GET /v3/channels; anything else 401;
//  4. the rate limit: Options.RateLimit requests per Options.RateWindow per
//     key (500 per 5 s by default), then 429 until the window ends;
//  5. contract validation with kin-openapi: a rejected request gets Wazzup's
//     400 shape (INVALID_USERS_DATA / INVALID_CONTACTS_DATA /
//     INVALID_DEALS_DATA with data [{index, fields}], TOO_MANY_ENTITIES above
//     100 items, the nested {error:{code}} shape on /v3/iframe);
//  6. the route's handler, which applies Wazzup's behaviour to the in-memory
//     state (upserts by id, 500 on duplicate ids in one batch, the 1000-user
//     limit, unique user phones, 404 on unknown ids, …).
//
// Routes are built from the contract itself (one gorilla/mux route per
// operation, dispatched by operationId), so the fake cannot serve a route the
// contract does not describe, and every route in the contract must have a
// handler or New fails.
//
// The chat window URL returned by POST /v3/iframe points back at this server
// (/app/chat?token=…); the page shows the user, the scope and the chats with
// stable ids, classes and data attributes for browser tests. Tokens expire
// after Options.TokenTTL.
//
// Everything a test needs besides Wazzup's own surface is on *Server as Go
// methods (Reset, SetRole, Incoming, SetUnanswered, InjectFault, State,
// Journal, …) and, for other processes, under the /_mock/ prefix (see
// README.md). Time comes only from Options.Clock: token expiry, the rate
// window, injected delays, message times and the 7-day counter window all
// follow it, so tests use clock.Virtual.
//
// The server keeps no package-level state; any number of servers may run in
// one process.
package mockwazzup
