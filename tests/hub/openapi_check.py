#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the hub's OpenAPI document and checks recorded HTTP exchanges against it.

    openapi_check.py document docs/hub-api.yaml
    openapi_check.py exchanges docs/hub-api.yaml FILE.jsonl

`document` checks that the file is OpenAPI 3.1.x, that every $ref resolves within it, that
every schema is a valid JSON Schema (Draft 2020-12), that every object schema closes itself
with `additionalProperties: false` (unless marked `x-open-schema: true`), and that each
operation answers its errors with application/problem+json.

`exchanges` reads one JSON object per line:
    {"method", "path", "status", "request_content_type", "request_body",
     "response_content_type", "response_body"}
and checks that the status is documented for the operation, that the body of an accepted
request (status < 400) matches the operation's requestBody schema, and that the response body
matches the schema documented for that status and content type.

A path the document does not list must be answered 404, a method a path does not take 405,
both with a problem document. A request body is validated only when the request was accepted:
the bodies of rejected requests are wrong on purpose, and so are the events of a batch the
hub answered "invalid" one by one (they are left out of the request check).

Runs on Debian's /usr/bin/python3 with python3-yaml and python3-jsonschema (4.10, which
resolves $ref through a RefResolver; a jsonschema of 4.18 or later through a registry).
Exit status: 0 all good, 1 failures (each printed), 2 wrong usage or unreadable input.

Self-test, by hand, after changing this script or the document:
    tests/hub/openapi_check.py document docs/hub-api.yaml
    tests/hub/openapi_check.py exchanges docs/hub-api.yaml tests/hub/data/openapi/valid.jsonl
    tests/hub/openapi_check.py exchanges docs/hub-api.yaml tests/hub/data/openapi/invalid.jsonl
The first two print success and exit 0; the third exits 1 and reports every line of
invalid.jsonl (each line breaks the protocol in one way, e.g. a key outside the allow-list).
"""

import json
import re
import sys

try:
    import yaml
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError as missing:  # pragma: no cover - depends on the machine
    sys.exit(f"openapi_check: {missing}; run with /usr/bin/python3 "
             "(Debian python3-yaml and python3-jsonschema)")

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PROBLEM_TYPE = "application/problem+json"
PROBLEM_SCHEMA_REF = "#/components/schemas/Problem"

# Keywords whose value is one subschema, a list of subschemas, or a map of name -> subschema.
SINGLE_SCHEMA_KEYS = ("items", "contains", "not", "if", "then", "else", "propertyNames",
                      "additionalProperties", "unevaluatedProperties", "unevaluatedItems",
                      "contentSchema")
LIST_SCHEMA_KEYS = ("allOf", "anyOf", "oneOf", "prefixItems")
MAP_SCHEMA_KEYS = ("properties", "patternProperties", "$defs", "dependentSchemas")
# Where a subschema only adds constraints to a schema around it: it need not say its type.
CONDITIONAL_KEYS = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas")

# Statuses every operation must document, and those that depend on what it takes.
ALWAYS_DOCUMENTED = ("408", "431", "500", "503")
SECURED_DOCUMENTED = ("401", "429")
BODY_DOCUMENTED = ("400", "413", "415", "422")


def load_document(path):
    with open(path, encoding="utf-8") as f:
        document = yaml.safe_load(f)
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not a YAML mapping")
    return document


def pointer_get(document, ref):
    """The value a local reference ("#/a/b") points to; KeyError if it does not resolve."""
    if not ref.startswith("#"):
        raise KeyError(f"{ref}: only references within the document are allowed")
    node = document
    fragment = ref[1:]
    if fragment in ("", "/"):
        return node
    if not fragment.startswith("/"):
        raise KeyError(f"{ref}: not a JSON pointer")
    for raw in fragment[1:].split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(f"{ref}: does not resolve")
    return node


def deref(document, node, seen=None):
    """Follows an OpenAPI object's $ref chain (responses, parameters, headers)."""
    seen = seen or set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise KeyError(f"{ref}: circular reference")
        seen.add(ref)
        node = pointer_get(document, ref)
    return node


# ---------------------------------------------------------------------------------------------
# document mode


def iter_refs(node, where):
    """Every $ref in the document, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield where, value
            else:
                yield from iter_refs(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_refs(value, f"{where}/{index}")


def iter_root_schemas(document):
    """(where, schema) for each schema the document holds outside another schema."""
    components = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield f"#/components/schemas/{name}", schema

    def media_schemas(content, where):
        for media, body in (content or {}).items():
            if isinstance(body, dict) and "schema" in body:
                yield f"{where}/content/{media}/schema", body["schema"]

    def parameter_and_header_schemas(items, where):
        for key, item in items:
            if isinstance(item, dict) and "schema" in item:
                yield f"{where}/{key}/schema", item["schema"]
            if isinstance(item, dict) and "content" in item:
                yield from media_schemas(item["content"], f"{where}/{key}")

    def response_schemas(response, where):
        if not isinstance(response, dict) or "$ref" in response:
            return
        yield from media_schemas(response.get("content"), where)
        yield from parameter_and_header_schemas((response.get("headers") or {}).items(),
                                                f"{where}/headers")

    for name, response in (components.get("responses") or {}).items():
        yield from response_schemas(response, f"#/components/responses/{name}")
    yield from parameter_and_header_schemas((components.get("parameters") or {}).items(),
                                            "#/components/parameters")
    yield from parameter_and_header_schemas((components.get("headers") or {}).items(),
                                            "#/components/headers")
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            yield from media_schemas(body.get("content"), f"#/components/requestBodies/{name}")

    for path, item in (document.get("paths") or {}).items():
        where_path = f"#/paths/{path.replace('~', '~0').replace('/', '~1')}"
        if not isinstance(item, dict):
            continue
        yield from parameter_and_header_schemas(enumerate(item.get("parameters") or []),
                                                f"{where_path}/parameters")
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where_op = f"{where_path}/{method}"
            yield from parameter_and_header_schemas(enumerate(operation.get("parameters") or []),
                                                    f"{where_op}/parameters")
            body = operation.get("requestBody")
            if isinstance(body, dict) and "$ref" not in body:
                yield from media_schemas(body.get("content"), f"{where_op}/requestBody")
            for status, response in (operation.get("responses") or {}).items():
                yield from response_schemas(response, f"{where_op}/responses/{status}")


def declares_object(schema):
    kind = schema.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind)


def check_closed_objects(schema, where, conditional, failures):
    """Every object schema says additionalProperties: false, unless it is x-open-schema."""
    if not isinstance(schema, dict):
        return
    if declares_object(schema):
        if schema.get("x-open-schema") is True:
            if "description" not in schema:
                failures.append(f"{where}: an x-open-schema object must say why in its description")
        elif schema.get("additionalProperties") is not False:
            failures.append(f"{where}: object schema without additionalProperties: false")
    elif not conditional and "$ref" not in schema and any(
            key in schema for key in ("properties", "patternProperties", "required")):
        failures.append(f"{where}: lists properties but does not declare type: object")
    if schema.get("x-open-schema") is True and not declares_object(schema):
        failures.append(f"{where}: x-open-schema on a schema that is not an object")
    for key in SINGLE_SCHEMA_KEYS:
        if isinstance(schema.get(key), dict):
            check_closed_objects(schema[key], f"{where}/{key}", key in CONDITIONAL_KEYS, failures)
    for key in LIST_SCHEMA_KEYS:
        for index, sub in enumerate(schema.get(key) or []):
            check_closed_objects(sub, f"{where}/{key}/{index}", key in CONDITIONAL_KEYS, failures)
    for key in MAP_SCHEMA_KEYS:
        for name, sub in (schema.get(key) or {}).items():
            check_closed_objects(sub, f"{where}/{key}/{name}", key in CONDITIONAL_KEYS, failures)


def is_problem_schema(document, schema):
    """The Problem schema itself, or an allOf that includes it."""
    if not isinstance(schema, dict):
        return False
    if schema.get("$ref") == PROBLEM_SCHEMA_REF:
        return True
    return any(isinstance(sub, dict) and sub.get("$ref") == PROBLEM_SCHEMA_REF
               for sub in schema.get("allOf") or [])


def check_operations(document, failures):
    paths = document.get("paths") or {}
    if not paths:
        failures.append("#/paths: no operation")
    top_security = document.get("security")
    for path, item in paths.items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            where = f"{method.upper()} {path}"
            responses = operation.get("responses") or {}
            if not responses:
                failures.append(f"{where}: no responses")
                continue
            for status in responses:
                if not isinstance(status, str):
                    failures.append(f"{where}: response key {status!r} must be a quoted string")
            keys = [str(status) for status in responses]
            if not any(re.fullmatch(r"[23]\d\d", key) for key in keys):
                failures.append(f"{where}: no success response")
            security = operation.get("security", top_security)
            required = list(ALWAYS_DOCUMENTED)
            if security:
                required += SECURED_DOCUMENTED
            if operation.get("requestBody"):
                required += BODY_DOCUMENTED
            for status in required:
                if status not in keys:
                    failures.append(f"{where}: does not document {status}")
            for status, response in responses.items():
                key = str(status)
                try:
                    response = deref(document, response)
                except KeyError as error:
                    failures.append(f"{where} {key}: {error.args[0]}")
                    continue
                content = response.get("content") or {}
                if key == "304" and content:
                    failures.append(f"{where} 304: must have no body")
                if not (key.startswith(("4", "5")) or key == "default"):
                    continue
                if set(content) != {PROBLEM_TYPE}:
                    failures.append(f"{where} {key}: the error's content must be {PROBLEM_TYPE} "
                                    f"only, not {sorted(content)}")
                    continue
                if not is_problem_schema(document, content[PROBLEM_TYPE].get("schema")):
                    failures.append(f"{where} {key}: the error's schema is not {PROBLEM_SCHEMA_REF}")
                if key == "401" and "WWW-Authenticate" not in (response.get("headers") or {}):
                    failures.append(f"{where} 401: no WWW-Authenticate header")
                if key == "429" and "Retry-After" not in (response.get("headers") or {}):
                    failures.append(f"{where} 429: no Retry-After header")


def check_document(document):
    failures = []
    version = document.get("openapi")
    if not (isinstance(version, str) and re.fullmatch(r"3\.1\.\d+", version)):
        failures.append(f"openapi: {version!r} is not 3.1.x")
    info = document.get("info") or {}
    for key in ("title", "version"):
        if not isinstance(info.get(key), str):
            failures.append(f"info.{key}: missing or not a string")
    if "components" in document and PROBLEM_SCHEMA_REF.split("/")[-1] not in (
            document["components"].get("schemas") or {}):
        failures.append(f"{PROBLEM_SCHEMA_REF}: missing")

    for where, ref in iter_refs(document, "#"):
        try:
            pointer_get(document, ref)
        except KeyError as error:
            failures.append(f"{where}: {error.args[0]}")

    for where, schema in iter_root_schemas(document):
        if not isinstance(schema, (dict, bool)):
            failures.append(f"{where}: a schema must be an object or a boolean")
            continue
        try:
            Draft202012Validator.check_schema(schema)
        except jsonschema.exceptions.SchemaError as error:
            path = "/".join(str(part) for part in error.absolute_path)
            failures.append(f"{where}/{path}: not a valid Draft 2020-12 schema: {error.message}")
        check_closed_objects(schema, where, False, failures)

    check_operations(document, failures)
    return failures


# ---------------------------------------------------------------------------------------------
# exchanges mode


class SchemaChecker:
    """Validates instances against schemas of the document, resolving $ref within it."""

    BASE_URI = "urn:sportello:hub-api"

    def __init__(self, document):
        self.document = document
        try:  # jsonschema >= 4.18 resolves through a registry (the referencing library)
            import referencing
            import referencing.jsonschema
        except ImportError:  # Debian's 4.10: a RefResolver whose referrer is the document
            self.registry = None
            self.resolver = jsonschema.RefResolver(base_uri="", referrer=document)
        else:
            resource = referencing.Resource.from_contents(
                document, default_specification=referencing.jsonschema.DRAFT202012)
            self.registry = referencing.Registry().with_resource(self.BASE_URI, resource)
            self.resolver = None

    def _absolute(self, node):
        """A copy of a schema whose local refs point into the registry's document."""
        if isinstance(node, dict):
            return {key: (self.BASE_URI + value
                          if key == "$ref" and isinstance(value, str) and value.startswith("#")
                          else self._absolute(value))
                    for key, value in node.items()}
        if isinstance(node, list):
            return [self._absolute(value) for value in node]
        return node

    def errors(self, schema, instance):
        """Each error as 'path: message'; empty when the instance is valid."""
        if self.registry is not None:
            validator = Draft202012Validator(self._absolute(schema), registry=self.registry)
        else:
            validator = Draft202012Validator(schema, resolver=self.resolver)
        found = []
        for error in validator.iter_errors(instance):
            found += [f"{json_path(e.absolute_path)}: {message(e)}" for e in self._explain(error)]
        return sorted(set(found))

    def _explain(self, error):
        """The errors that say what is wrong: for a oneOf with an OpenAPI discriminator, the
        errors of the branch the discriminator picks rather than "valid under none"."""
        branch = self._discriminated_branch(error)
        if branch is None:
            return [error]
        chosen = [e for e in error.context if e.relative_schema_path[0] == branch]
        if not chosen:
            return [error]
        return [leaf for e in chosen for leaf in self._explain(e)]

    def _discriminated_branch(self, error):
        if error.validator != "oneOf" or not error.context or not isinstance(error.schema, dict):
            return None
        discriminator = error.schema.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(error.instance, dict):
            return None
        value = error.instance.get(discriminator.get("propertyName"))
        target = (discriminator.get("mapping") or {}).get(value) if isinstance(value, str) else None
        if target is None:
            return None
        for index, branch in enumerate(error.schema.get("oneOf") or []):
            ref = branch.get("$ref") if isinstance(branch, dict) else None
            if ref is not None and ref.removeprefix(self.BASE_URI) == target:
                return index
        return None


def message(error):
    """The error's message, short: a whole instance quoted in a message helps nobody."""
    if error.validator == "not" and isinstance(error.validator_value, dict) \
            and set(error.validator_value) == {"required"}:
        return f"must not have {', '.join(map(repr, error.validator_value['required']))}"
    if error.validator == "oneOf" and isinstance(error.schema, dict) \
            and isinstance(error.schema.get("discriminator"), dict) and isinstance(error.instance, dict):
        name = error.schema["discriminator"].get("propertyName")
        known = sorted(error.schema["discriminator"].get("mapping") or {})
        return f"{name} {error.instance.get(name)!r} is not one of {known}"
    text = error.message
    return text if len(text) <= 240 else text[:240] + "…"


def json_path(parts):
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def compile_template(template):
    pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
    return re.compile(f"^{pattern}$")


def media_base(content_type):
    return content_type.split(";", 1)[0].strip().lower() if isinstance(content_type, str) else None


def find_response(responses, status):
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            return key, responses[key]
    return None, None


def accepted_items(request_body, response_body):
    """A batch of events is answered 200 with a result per event: the events the hub refused
    as "invalid" are wrong on purpose, like the body of a rejected request, and are left out
    of the request check (the response check still covers their results)."""
    if not (isinstance(request_body, dict) and isinstance(request_body.get("events"), list)
            and isinstance(response_body, dict)
            and isinstance(response_body.get("results"), list)
            and len(response_body["results"]) == len(request_body["events"])):
        return request_body
    kept = [event for event, result in zip(request_body["events"], response_body["results"])
            if not (isinstance(result, dict) and result.get("status") == "invalid")]
    return {**request_body, "events": kept} if kept else None


def check_exchange(document, checker, templates, number, exchange):
    failures = []

    def fail(text):
        failures.append(f"line {number}: {text}")

    if not isinstance(exchange, dict):
        fail("not a JSON object")
        return failures
    method = exchange.get("method")
    path = exchange.get("path")
    status = exchange.get("status")
    if not isinstance(method, str) or not isinstance(path, str) or not isinstance(status, int) \
            or isinstance(status, bool):
        fail("needs method (string), path (string) and status (integer)")
        return failures
    path = path.split("?", 1)[0].split("#", 1)[0]
    where = f"{method.upper()} {path} → {status}"
    response_type = media_base(exchange.get("response_content_type"))
    response_body = exchange.get("response_body")
    problem_schema = {"$ref": PROBLEM_SCHEMA_REF}

    def check_problem(expected_status):
        if status != expected_status:
            fail(f"{where}: status not documented (expected {expected_status})")
            return
        if response_type != PROBLEM_TYPE:
            fail(f"{where}: response content type {response_type!r} is not {PROBLEM_TYPE}")
        if response_body is not None:
            for error in checker.errors(problem_schema, response_body):
                fail(f"{where}: response body {error}")

    item = next((document["paths"][t] for t, regex in templates if regex.match(path)), None)
    if item is None:
        check_problem(404)  # a path the hub does not serve
        return failures
    operation = item.get(method.lower())
    if not isinstance(operation, dict):
        check_problem(405)  # a method the path does not take
        return failures

    # The request: only an accepted one must match (a rejected body is wrong on purpose).
    request_body = exchange.get("request_body")
    body_spec = deref(document, operation.get("requestBody")) if operation.get("requestBody") \
        else None
    if status < 400:
        if request_body is not None and body_spec is None:
            fail(f"{where}: the operation takes no body, but one was accepted")
        elif request_body is None and body_spec and body_spec.get("required"):
            fail(f"{where}: a request without its required body was accepted")
        elif request_body is not None:
            request_type = media_base(exchange.get("request_content_type"))
            media = (body_spec.get("content") or {}).get(request_type)
            checked = accepted_items(request_body, response_body)
            if media is None:
                fail(f"{where}: request content type {request_type!r} is not documented")
            elif "schema" in media and checked is not None:
                for error in checker.errors(media["schema"], checked):
                    fail(f"{where}: request body {error}")

    # The response.
    key, response = find_response(operation.get("responses") or {}, status)
    if response is None:
        fail(f"{where}: status not documented")
        return failures
    response = deref(document, response)
    content = response.get("content") or {}
    if not content:
        if response_body is not None:
            fail(f"{where}: the response {key} has no body, but one was sent")
        return failures
    media = content.get(response_type)
    if media is None:
        fail(f"{where}: response content type {response_type!r} is not documented "
             f"(expected {', '.join(sorted(content))})")
        return failures
    if response_body is not None and "schema" in media:
        for error in checker.errors(media["schema"], response_body):
            fail(f"{where}: response body {error}")
    return failures


def check_exchanges(document, path):
    checker = SchemaChecker(document)
    templates = [(t, compile_template(t)) for t in (document.get("paths") or {})]
    failures = []
    count = 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            count += 1
            try:
                exchange = json.loads(line)
            except json.JSONDecodeError as error:
                failures.append(f"line {number}: not JSON: {error}")
                continue
            failures += check_exchange(document, checker, templates, number, exchange)
    return count, failures


def main(argv):
    usage = ("usage: openapi_check.py document API.yaml\n"
             "       openapi_check.py exchanges API.yaml FILE.jsonl")
    if len(argv) < 3 or argv[1] not in ("document", "exchanges") \
            or len(argv) != (3 if argv[1] == "document" else 4):
        print(usage, file=sys.stderr)
        return 2
    try:
        document = load_document(argv[2])
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(f"openapi_check: {error}", file=sys.stderr)
        return 2
    if argv[1] == "document":
        failures = check_document(document)
        for failure in failures:
            print(failure)
        if failures:
            print(f"{len(failures)} problem(s) in {argv[2]}")
            return 1
        print(f"{argv[2]}: valid OpenAPI {document['openapi']} document")
        return 0
    if check_document(document):
        print(f"openapi_check: {argv[2]} has problems of its own; run the document mode first",
              file=sys.stderr)
        return 2
    try:
        count, failures = check_exchanges(document, argv[3])
    except OSError as error:
        print(f"openapi_check: {error}", file=sys.stderr)
        return 2
    for failure in failures:
        print(failure)
    if failures:
        return 1
    print(f"{count} exchanges valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
