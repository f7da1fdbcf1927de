import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  value_exports
} from "./chunk-KIRELRV6.js";
import {
  closestMatch,
  didYouMean,
  editDistance,
  require_picomatch
} from "./chunk-KRNN6JX7.js";
import {
  Address,
  DEFAULT_EXPIRY_WARNING_DAYS,
  GROUP,
  GROUP_SETTINGS_PARTS,
  GroupSettingsSchema,
  INTEGRATION_TYPES,
  IntegrationSettingsSchema,
  ORG_SETTINGS_PARTS,
  TAG_VALUE_PATTERN,
  TENANT,
  Type,
  Uuid,
  compareAddresses,
  expiredNote,
  expiryInstant,
  expiryOf,
  formatInstant,
  groupMemberAddress,
  groupServiceAccountAddress,
  importAddress,
  integrationAddress,
  isExpired,
  isPlainObject,
  labelUser,
  labelUserRef,
  mergeDeep,
  orgAddress,
  orgMemberAddress,
  orgServiceAccountAddress,
  projectOnto,
  restEndpointOf,
  tenantMemberAddress,
  toJson,
  type_exports,
  webhookAddress
} from "./chunk-WX2GK3PI.js";
import {
  escapeNonAscii,
  skeleton
} from "./chunk-GVG4TUQB.js";
import {
  GitopsError
} from "./chunk-N4ITD6G4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/fast-json-patch/commonjs/helpers.js
var require_helpers = __commonJS({
  "node_modules/fast-json-patch/commonjs/helpers.js"(exports) {
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (b2.hasOwnProperty(p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    function hasOwnProperty(obj, key) {
      return _hasOwnProperty.call(obj, key);
    }
    exports.hasOwnProperty = hasOwnProperty;
    function _objectKeys(obj) {
      if (Array.isArray(obj)) {
        var keys_1 = new Array(obj.length);
        for (var k = 0; k < keys_1.length; k++) {
          keys_1[k] = "" + k;
        }
        return keys_1;
      }
      if (Object.keys) {
        return Object.keys(obj);
      }
      var keys = [];
      for (var i in obj) {
        if (hasOwnProperty(obj, i)) {
          keys.push(i);
        }
      }
      return keys;
    }
    exports._objectKeys = _objectKeys;
    function _deepClone(obj) {
      switch (typeof obj) {
        case "object":
          return JSON.parse(JSON.stringify(obj));
        //Faster than ES5 clone - http://jsperf.com/deep-cloning-of-objects/5
        case "undefined":
          return null;
        //this is how JSON.stringify behaves for array items
        default:
          return obj;
      }
    }
    exports._deepClone = _deepClone;
    function isInteger(str) {
      var i = 0;
      var len = str.length;
      var charCode;
      while (i < len) {
        charCode = str.charCodeAt(i);
        if (charCode >= 48 && charCode <= 57) {
          i++;
          continue;
        }
        return false;
      }
      return true;
    }
    exports.isInteger = isInteger;
    function escapePathComponent(path) {
      if (path.indexOf("/") === -1 && path.indexOf("~") === -1)
        return path;
      return path.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapePathComponent = escapePathComponent;
    function unescapePathComponent(path) {
      return path.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapePathComponent = unescapePathComponent;
    function _getPathRecursive(root, obj) {
      var found;
      for (var key in root) {
        if (hasOwnProperty(root, key)) {
          if (root[key] === obj) {
            return escapePathComponent(key) + "/";
          } else if (typeof root[key] === "object") {
            found = _getPathRecursive(root[key], obj);
            if (found != "") {
              return escapePathComponent(key) + "/" + found;
            }
          }
        }
      }
      return "";
    }
    exports._getPathRecursive = _getPathRecursive;
    function getPath(root, obj) {
      if (root === obj) {
        return "/";
      }
      var path = _getPathRecursive(root, obj);
      if (path === "") {
        throw new Error("Object not found in root");
      }
      return "/" + path;
    }
    exports.getPath = getPath;
    function hasUndefined(obj) {
      if (obj === void 0) {
        return true;
      }
      if (obj) {
        if (Array.isArray(obj)) {
          for (var i_1 = 0, len = obj.length; i_1 < len; i_1++) {
            if (hasUndefined(obj[i_1])) {
              return true;
            }
          }
        } else if (typeof obj === "object") {
          var objKeys = _objectKeys(obj);
          var objKeysLength = objKeys.length;
          for (var i = 0; i < objKeysLength; i++) {
            if (hasUndefined(obj[objKeys[i]])) {
              return true;
            }
          }
        }
      }
      return false;
    }
    exports.hasUndefined = hasUndefined;
    function patchErrorMessageFormatter(message, args) {
      var messageParts = [message];
      for (var key in args) {
        var value = typeof args[key] === "object" ? JSON.stringify(args[key], null, 2) : args[key];
        if (typeof value !== "undefined") {
          messageParts.push(key + ": " + value);
        }
      }
      return messageParts.join("\n");
    }
    var PatchError = (
      /** @class */
      (function(_super) {
        __extends(PatchError2, _super);
        function PatchError2(message, name, index, operation, tree) {
          var _newTarget = this.constructor;
          var _this = _super.call(this, patchErrorMessageFormatter(message, { name, index, operation, tree })) || this;
          _this.name = name;
          _this.index = index;
          _this.operation = operation;
          _this.tree = tree;
          Object.setPrototypeOf(_this, _newTarget.prototype);
          _this.message = patchErrorMessageFormatter(message, { name, index, operation, tree });
          return _this;
        }
        return PatchError2;
      })(Error)
    );
    exports.PatchError = PatchError;
  }
});

// node_modules/fast-json-patch/commonjs/core.js
var require_core = __commonJS({
  "node_modules/fast-json-patch/commonjs/core.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js_1 = require_helpers();
    exports.JsonPatchError = helpers_js_1.PatchError;
    exports.deepClone = helpers_js_1._deepClone;
    var objOps = {
      add: function(obj, key, document) {
        obj[key] = this.value;
        return { newDocument: document };
      },
      remove: function(obj, key, document) {
        var removed = obj[key];
        delete obj[key];
        return { newDocument: document, removed };
      },
      replace: function(obj, key, document) {
        var removed = obj[key];
        obj[key] = this.value;
        return { newDocument: document, removed };
      },
      move: function(obj, key, document) {
        var removed = getValueByPointer(document, this.path);
        if (removed) {
          removed = helpers_js_1._deepClone(removed);
        }
        var originalValue = applyOperation(document, { op: "remove", path: this.from }).removed;
        applyOperation(document, { op: "add", path: this.path, value: originalValue });
        return { newDocument: document, removed };
      },
      copy: function(obj, key, document) {
        var valueToCopy = getValueByPointer(document, this.from);
        applyOperation(document, { op: "add", path: this.path, value: helpers_js_1._deepClone(valueToCopy) });
        return { newDocument: document };
      },
      test: function(obj, key, document) {
        return { newDocument: document, test: _areEquals(obj[key], this.value) };
      },
      _get: function(obj, key, document) {
        this.value = obj[key];
        return { newDocument: document };
      }
    };
    var arrOps = {
      add: function(arr, i, document) {
        if (helpers_js_1.isInteger(i)) {
          arr.splice(i, 0, this.value);
        } else {
          arr[i] = this.value;
        }
        return { newDocument: document, index: i };
      },
      remove: function(arr, i, document) {
        var removedList = arr.splice(i, 1);
        return { newDocument: document, removed: removedList[0] };
      },
      replace: function(arr, i, document) {
        var removed = arr[i];
        arr[i] = this.value;
        return { newDocument: document, removed };
      },
      move: objOps.move,
      copy: objOps.copy,
      test: objOps.test,
      _get: objOps._get
    };
    function getValueByPointer(document, pointer) {
      if (pointer == "") {
        return document;
      }
      var getOriginalDestination = { op: "_get", path: pointer };
      applyOperation(document, getOriginalDestination);
      return getOriginalDestination.value;
    }
    exports.getValueByPointer = getValueByPointer;
    function applyOperation(document, operation, validateOperation, mutateDocument, banPrototypeModifications, index) {
      if (validateOperation === void 0) {
        validateOperation = false;
      }
      if (mutateDocument === void 0) {
        mutateDocument = true;
      }
      if (banPrototypeModifications === void 0) {
        banPrototypeModifications = true;
      }
      if (index === void 0) {
        index = 0;
      }
      if (validateOperation) {
        if (typeof validateOperation == "function") {
          validateOperation(operation, 0, document, operation.path);
        } else {
          validator(operation, 0);
        }
      }
      if (operation.path === "") {
        var returnValue = { newDocument: document };
        if (operation.op === "add") {
          returnValue.newDocument = operation.value;
          return returnValue;
        } else if (operation.op === "replace") {
          returnValue.newDocument = operation.value;
          returnValue.removed = document;
          return returnValue;
        } else if (operation.op === "move" || operation.op === "copy") {
          returnValue.newDocument = getValueByPointer(document, operation.from);
          if (operation.op === "move") {
            returnValue.removed = document;
          }
          return returnValue;
        } else if (operation.op === "test") {
          returnValue.test = _areEquals(document, operation.value);
          if (returnValue.test === false) {
            throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
          }
          returnValue.newDocument = document;
          return returnValue;
        } else if (operation.op === "remove") {
          returnValue.removed = document;
          returnValue.newDocument = null;
          return returnValue;
        } else if (operation.op === "_get") {
          operation.value = document;
          return returnValue;
        } else {
          if (validateOperation) {
            throw new exports.JsonPatchError("Operation `op` property is not one of operations defined in RFC-6902", "OPERATION_OP_INVALID", index, operation, document);
          } else {
            return returnValue;
          }
        }
      } else {
        if (!mutateDocument) {
          document = helpers_js_1._deepClone(document);
        }
        var path = operation.path || "";
        var keys = path.split("/");
        var obj = document;
        var t = 1;
        var len = keys.length;
        var existingPathFragment = void 0;
        var key = void 0;
        var validateFunction = void 0;
        if (typeof validateOperation == "function") {
          validateFunction = validateOperation;
        } else {
          validateFunction = validator;
        }
        while (true) {
          key = keys[t];
          if (key && key.indexOf("~") != -1) {
            key = helpers_js_1.unescapePathComponent(key);
          }
          if (banPrototypeModifications && (key == "__proto__" || key == "prototype" && t > 0 && keys[t - 1] == "constructor")) {
            throw new TypeError("JSON-Patch: modifying `__proto__` or `constructor/prototype` prop is banned for security reasons, if this was on purpose, please set `banPrototypeModifications` flag false and pass it to this function. More info in fast-json-patch README");
          }
          if (validateOperation) {
            if (existingPathFragment === void 0) {
              if (obj[key] === void 0) {
                existingPathFragment = keys.slice(0, t).join("/");
              } else if (t == len - 1) {
                existingPathFragment = operation.path;
              }
              if (existingPathFragment !== void 0) {
                validateFunction(operation, 0, document, existingPathFragment);
              }
            }
          }
          t++;
          if (Array.isArray(obj)) {
            if (key === "-") {
              key = obj.length;
            } else {
              if (validateOperation && !helpers_js_1.isInteger(key)) {
                throw new exports.JsonPatchError("Expected an unsigned base-10 integer value, making the new referenced value the array element with the zero-based index", "OPERATION_PATH_ILLEGAL_ARRAY_INDEX", index, operation, document);
              } else if (helpers_js_1.isInteger(key)) {
                key = ~~key;
              }
            }
            if (t >= len) {
              if (validateOperation && operation.op === "add" && key > obj.length) {
                throw new exports.JsonPatchError("The specified index MUST NOT be greater than the number of elements in the array", "OPERATION_VALUE_OUT_OF_BOUNDS", index, operation, document);
              }
              var returnValue = arrOps[operation.op].call(operation, obj, key, document);
              if (returnValue.test === false) {
                throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
              }
              return returnValue;
            }
          } else {
            if (t >= len) {
              var returnValue = objOps[operation.op].call(operation, obj, key, document);
              if (returnValue.test === false) {
                throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
              }
              return returnValue;
            }
          }
          obj = obj[key];
          if (validateOperation && t < len && (!obj || typeof obj !== "object")) {
            throw new exports.JsonPatchError("Cannot perform operation at the desired path", "OPERATION_PATH_UNRESOLVABLE", index, operation, document);
          }
        }
      }
    }
    exports.applyOperation = applyOperation;
    function applyPatch(document, patch, validateOperation, mutateDocument, banPrototypeModifications) {
      if (mutateDocument === void 0) {
        mutateDocument = true;
      }
      if (banPrototypeModifications === void 0) {
        banPrototypeModifications = true;
      }
      if (validateOperation) {
        if (!Array.isArray(patch)) {
          throw new exports.JsonPatchError("Patch sequence must be an array", "SEQUENCE_NOT_AN_ARRAY");
        }
      }
      if (!mutateDocument) {
        document = helpers_js_1._deepClone(document);
      }
      var results = new Array(patch.length);
      for (var i = 0, length_1 = patch.length; i < length_1; i++) {
        results[i] = applyOperation(document, patch[i], validateOperation, true, banPrototypeModifications, i);
        document = results[i].newDocument;
      }
      results.newDocument = document;
      return results;
    }
    exports.applyPatch = applyPatch;
    function applyReducer(document, operation, index) {
      var operationResult = applyOperation(document, operation);
      if (operationResult.test === false) {
        throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
      }
      return operationResult.newDocument;
    }
    exports.applyReducer = applyReducer;
    function validator(operation, index, document, existingPathFragment) {
      if (typeof operation !== "object" || operation === null || Array.isArray(operation)) {
        throw new exports.JsonPatchError("Operation is not an object", "OPERATION_NOT_AN_OBJECT", index, operation, document);
      } else if (!objOps[operation.op]) {
        throw new exports.JsonPatchError("Operation `op` property is not one of operations defined in RFC-6902", "OPERATION_OP_INVALID", index, operation, document);
      } else if (typeof operation.path !== "string") {
        throw new exports.JsonPatchError("Operation `path` property is not a string", "OPERATION_PATH_INVALID", index, operation, document);
      } else if (operation.path.indexOf("/") !== 0 && operation.path.length > 0) {
        throw new exports.JsonPatchError('Operation `path` property must start with "/"', "OPERATION_PATH_INVALID", index, operation, document);
      } else if ((operation.op === "move" || operation.op === "copy") && typeof operation.from !== "string") {
        throw new exports.JsonPatchError("Operation `from` property is not present (applicable in `move` and `copy` operations)", "OPERATION_FROM_REQUIRED", index, operation, document);
      } else if ((operation.op === "add" || operation.op === "replace" || operation.op === "test") && operation.value === void 0) {
        throw new exports.JsonPatchError("Operation `value` property is not present (applicable in `add`, `replace` and `test` operations)", "OPERATION_VALUE_REQUIRED", index, operation, document);
      } else if ((operation.op === "add" || operation.op === "replace" || operation.op === "test") && helpers_js_1.hasUndefined(operation.value)) {
        throw new exports.JsonPatchError("Operation `value` property is not present (applicable in `add`, `replace` and `test` operations)", "OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED", index, operation, document);
      } else if (document) {
        if (operation.op == "add") {
          var pathLen = operation.path.split("/").length;
          var existingPathLen = existingPathFragment.split("/").length;
          if (pathLen !== existingPathLen + 1 && pathLen !== existingPathLen) {
            throw new exports.JsonPatchError("Cannot perform an `add` operation at the desired path", "OPERATION_PATH_CANNOT_ADD", index, operation, document);
          }
        } else if (operation.op === "replace" || operation.op === "remove" || operation.op === "_get") {
          if (operation.path !== existingPathFragment) {
            throw new exports.JsonPatchError("Cannot perform the operation at a path that does not exist", "OPERATION_PATH_UNRESOLVABLE", index, operation, document);
          }
        } else if (operation.op === "move" || operation.op === "copy") {
          var existingValue = { op: "_get", path: operation.from, value: void 0 };
          var error = validate([existingValue], document);
          if (error && error.name === "OPERATION_PATH_UNRESOLVABLE") {
            throw new exports.JsonPatchError("Cannot perform the operation from a path that does not exist", "OPERATION_FROM_UNRESOLVABLE", index, operation, document);
          }
        }
      }
    }
    exports.validator = validator;
    function validate(sequence, document, externalValidator) {
      try {
        if (!Array.isArray(sequence)) {
          throw new exports.JsonPatchError("Patch sequence must be an array", "SEQUENCE_NOT_AN_ARRAY");
        }
        if (document) {
          applyPatch(helpers_js_1._deepClone(document), helpers_js_1._deepClone(sequence), externalValidator || true);
        } else {
          externalValidator = externalValidator || validator;
          for (var i = 0; i < sequence.length; i++) {
            externalValidator(sequence[i], i, document, void 0);
          }
        }
      } catch (e) {
        if (e instanceof exports.JsonPatchError) {
          return e;
        } else {
          throw e;
        }
      }
    }
    exports.validate = validate;
    function _areEquals(a, b) {
      if (a === b)
        return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        var arrA = Array.isArray(a), arrB = Array.isArray(b), i, length, key;
        if (arrA && arrB) {
          length = a.length;
          if (length != b.length)
            return false;
          for (i = length; i-- !== 0; )
            if (!_areEquals(a[i], b[i]))
              return false;
          return true;
        }
        if (arrA != arrB)
          return false;
        var keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length)
          return false;
        for (i = length; i-- !== 0; )
          if (!b.hasOwnProperty(keys[i]))
            return false;
        for (i = length; i-- !== 0; ) {
          key = keys[i];
          if (!_areEquals(a[key], b[key]))
            return false;
        }
        return true;
      }
      return a !== a && b !== b;
    }
    exports._areEquals = _areEquals;
  }
});

// node_modules/fast-json-patch/commonjs/duplex.js
var require_duplex = __commonJS({
  "node_modules/fast-json-patch/commonjs/duplex.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js_1 = require_helpers();
    var core_js_1 = require_core();
    var beforeDict = /* @__PURE__ */ new WeakMap();
    var Mirror = (
      /** @class */
      /* @__PURE__ */ (function() {
        function Mirror2(obj) {
          this.observers = /* @__PURE__ */ new Map();
          this.obj = obj;
        }
        return Mirror2;
      })()
    );
    var ObserverInfo = (
      /** @class */
      /* @__PURE__ */ (function() {
        function ObserverInfo2(callback, observer) {
          this.callback = callback;
          this.observer = observer;
        }
        return ObserverInfo2;
      })()
    );
    function getMirror(obj) {
      return beforeDict.get(obj);
    }
    function getObserverFromMirror(mirror, callback) {
      return mirror.observers.get(callback);
    }
    function removeObserverFromMirror(mirror, observer) {
      mirror.observers.delete(observer.callback);
    }
    function unobserve(root, observer) {
      observer.unobserve();
    }
    exports.unobserve = unobserve;
    function observe(obj, callback) {
      var patches = [];
      var observer;
      var mirror = getMirror(obj);
      if (!mirror) {
        mirror = new Mirror(obj);
        beforeDict.set(obj, mirror);
      } else {
        var observerInfo = getObserverFromMirror(mirror, callback);
        observer = observerInfo && observerInfo.observer;
      }
      if (observer) {
        return observer;
      }
      observer = {};
      mirror.value = helpers_js_1._deepClone(obj);
      if (callback) {
        observer.callback = callback;
        observer.next = null;
        var dirtyCheck = function() {
          generate(observer);
        };
        var fastCheck = function() {
          clearTimeout(observer.next);
          observer.next = setTimeout(dirtyCheck);
        };
        if (typeof window !== "undefined") {
          window.addEventListener("mouseup", fastCheck);
          window.addEventListener("keyup", fastCheck);
          window.addEventListener("mousedown", fastCheck);
          window.addEventListener("keydown", fastCheck);
          window.addEventListener("change", fastCheck);
        }
      }
      observer.patches = patches;
      observer.object = obj;
      observer.unobserve = function() {
        generate(observer);
        clearTimeout(observer.next);
        removeObserverFromMirror(mirror, observer);
        if (typeof window !== "undefined") {
          window.removeEventListener("mouseup", fastCheck);
          window.removeEventListener("keyup", fastCheck);
          window.removeEventListener("mousedown", fastCheck);
          window.removeEventListener("keydown", fastCheck);
          window.removeEventListener("change", fastCheck);
        }
      };
      mirror.observers.set(callback, new ObserverInfo(callback, observer));
      return observer;
    }
    exports.observe = observe;
    function generate(observer, invertible) {
      if (invertible === void 0) {
        invertible = false;
      }
      var mirror = beforeDict.get(observer.object);
      _generate(mirror.value, observer.object, observer.patches, "", invertible);
      if (observer.patches.length) {
        core_js_1.applyPatch(mirror.value, observer.patches);
      }
      var temp = observer.patches;
      if (temp.length > 0) {
        observer.patches = [];
        if (observer.callback) {
          observer.callback(temp);
        }
      }
      return temp;
    }
    exports.generate = generate;
    function _generate(mirror, obj, patches, path, invertible) {
      if (obj === mirror) {
        return;
      }
      if (typeof obj.toJSON === "function") {
        obj = obj.toJSON();
      }
      var newKeys = helpers_js_1._objectKeys(obj);
      var oldKeys = helpers_js_1._objectKeys(mirror);
      var changed = false;
      var deleted = false;
      for (var t = oldKeys.length - 1; t >= 0; t--) {
        var key = oldKeys[t];
        var oldVal = mirror[key];
        if (helpers_js_1.hasOwnProperty(obj, key) && !(obj[key] === void 0 && oldVal !== void 0 && Array.isArray(obj) === false)) {
          var newVal = obj[key];
          if (typeof oldVal == "object" && oldVal != null && typeof newVal == "object" && newVal != null && Array.isArray(oldVal) === Array.isArray(newVal)) {
            _generate(oldVal, newVal, patches, path + "/" + helpers_js_1.escapePathComponent(key), invertible);
          } else {
            if (oldVal !== newVal) {
              changed = true;
              if (invertible) {
                patches.push({ op: "test", path: path + "/" + helpers_js_1.escapePathComponent(key), value: helpers_js_1._deepClone(oldVal) });
              }
              patches.push({ op: "replace", path: path + "/" + helpers_js_1.escapePathComponent(key), value: helpers_js_1._deepClone(newVal) });
            }
          }
        } else if (Array.isArray(mirror) === Array.isArray(obj)) {
          if (invertible) {
            patches.push({ op: "test", path: path + "/" + helpers_js_1.escapePathComponent(key), value: helpers_js_1._deepClone(oldVal) });
          }
          patches.push({ op: "remove", path: path + "/" + helpers_js_1.escapePathComponent(key) });
          deleted = true;
        } else {
          if (invertible) {
            patches.push({ op: "test", path, value: mirror });
          }
          patches.push({ op: "replace", path, value: obj });
          changed = true;
        }
      }
      if (!deleted && newKeys.length == oldKeys.length) {
        return;
      }
      for (var t = 0; t < newKeys.length; t++) {
        var key = newKeys[t];
        if (!helpers_js_1.hasOwnProperty(mirror, key) && obj[key] !== void 0) {
          patches.push({ op: "add", path: path + "/" + helpers_js_1.escapePathComponent(key), value: helpers_js_1._deepClone(obj[key]) });
        }
      }
    }
    function compare(tree1, tree2, invertible) {
      if (invertible === void 0) {
        invertible = false;
      }
      var patches = [];
      _generate(tree1, tree2, patches, "", invertible);
      return patches;
    }
    exports.compare = compare;
  }
});

// node_modules/fast-json-patch/index.js
var require_fast_json_patch = __commonJS({
  "node_modules/fast-json-patch/index.js"(exports) {
    var core = require_core();
    Object.assign(exports, core);
    var duplex = require_duplex();
    Object.assign(exports, duplex);
    var helpers = require_helpers();
    exports.JsonPatchError = helpers.PatchError;
    exports.deepClone = helpers._deepClone;
    exports.escapePathComponent = helpers.escapePathComponent;
    exports.unescapePathComponent = helpers.unescapePathComponent;
  }
});

// src/core/apply-estimate.ts
function estimateApplySeconds(writes, budget) {
  if (writes === 0) return 0;
  const paced = budget.ratePerMinute > 0 ? writes * 60 / budget.ratePerMinute : 0;
  const parallel = writes * budget.secondsPerRequest / Math.max(1, budget.concurrency);
  return Math.round(Math.max(paced, parallel) * 10) / 10;
}
function applyBudgetSentence(stats) {
  if (stats.writes === void 0 || stats.writes === 0 || stats.estimatedApplySeconds === void 0)
    return void 0;
  const seconds = stats.estimatedApplySeconds;
  const about = seconds < 1 ? "under 1 s" : seconds < 120 ? `about ${Math.round(seconds)} s` : `about ${Math.round(seconds / 60)} min`;
  const rate = stats.ratePerMinute !== void 0 && stats.ratePerMinute > 0 ? ` at ${stats.ratePerMinute.toLocaleString("en-US")} requests/min` : "";
  return `Apply: ${stats.writes} write${stats.writes === 1 ? "" : "s"}, ${about}${rate}.`;
}

// src/core/admin-roles.ts
var ADMIN_WORD = /\b(admin|administrator)\b/i;
function adminRoleIds(roles, builtIn) {
  const reference = roles.find((role) => role.name === builtIn);
  return new Set(roles.filter((role) => isAdminLevel(role, builtIn, reference)).map((role) => role.id));
}
function isAdminLevel(role, builtIn, reference) {
  if (role.name === builtIn) return true;
  if (role.name.toLowerCase() === builtIn.toLowerCase()) return false;
  const needed = reference?.permissions;
  if (role.permissions !== void 0 && needed !== void 0 && needed.length > 0) {
    const held = new Set(role.permissions);
    return needed.every((permission) => held.has(permission));
  }
  return ADMIN_WORD.test(role.name);
}
function adminLosses(changes, members, adminIds) {
  const held = new Set((members ?? []).filter((m) => adminIds.has(m.roleId)).map((m) => m.id));
  return changes.filter(
    (c) => c.action !== "create" && "membershipId" in c.target && held.has(String(c.target.membershipId))
  ).map((c) => c.address.text);
}
function hasAdmin(members, adminIds) {
  return (members ?? []).some((m) => adminIds.has(m.roleId));
}

// src/core/refusal.ts
function overrideInput(refusal) {
  return refusal.override.replace(/^--/, "");
}
function listAddresses(addresses) {
  const shown = addresses.slice(0, 10).join(", ");
  return addresses.length > 10 ? `${shown} and ${addresses.length - 10} more` : shown;
}
function lockoutRefusal(message, addresses) {
  return {
    rail: "lockout",
    override: "--allow-lockout",
    message: `${message} Re-run with --allow-lockout if this is intended.`,
    addresses
  };
}
function lastAdminRefusal(what, role, addresses) {
  return lockoutRefusal(
    `Refusing to leave ${what} without any ${role}: ${listAddresses(addresses)}.`,
    addresses
  );
}

// src/core/kinds/apply-support.ts
var ApplyError = class extends GitopsError {
  constructor(message, code = "APPLY_FAILED", cause) {
    super(message, { code, cause });
  }
};
function orgIdOf(ref, address, ctx) {
  if ("orgId" in ref) return ref.orgId;
  const created = ctx.orgIdsBySlug.get(ref.orgSlug);
  if (!created)
    throw new ApplyError(`${address}: org '${ref.orgSlug}' does not exist (its creation did not succeed)`);
  return created;
}
function isAmbiguousCreate(error) {
  if (!(error instanceof GitopsError)) return false;
  const flagged = error.mayHaveApplied === true;
  return flagged || error.code === "SNYK_CONFLICT";
}
var RESENDS_WHEN_ABSENT = 2;
async function createOnce(send, confirm) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await send();
      return {};
    } catch (error) {
      if (!isAmbiguousCreate(error)) throw error;
      if (await confirm()) return { confirmed: true };
      if (attempt >= RESENDS_WHEN_ABSENT) throw error;
    }
  }
}
function statusOf(error) {
  if (!(error instanceof GitopsError)) return void 0;
  const status = error.status;
  return typeof status === "number" ? status : void 0;
}
async function deleteOnce(address, send, present) {
  try {
    await send();
    return {};
  } catch (error) {
    if (!(error instanceof GitopsError) || error.code === "SNYK_CANCELLED") throw error;
    const stillThere = await present().catch(() => true);
    if (stillThere) throw error;
    return {
      confirmed: true,
      notice: `${address}: the answer to the delete was lost (${error.message}); a re-read shows it gone, so it is done`
    };
  }
}
function deleteListedOnce(address, id, send, list) {
  return deleteOnce(address, send, async () => (await list()).some((o) => o.id === id));
}
function deleteListed(idOf, send, list) {
  return ({ target: target2, address }, { client }) => deleteListedOnce(
    address,
    idOf(target2),
    () => send(client, target2),
    () => list(client, target2)
  );
}
function deleteListedInOrg(idOf, send, list) {
  return (change, env) => {
    const orgId = orgIdOf(change.target, change.address, env.ctx);
    return deleteListed(
      idOf,
      (client, target2) => send(client, orgId, idOf(target2)),
      (client) => list(client, orgId)
    )(change, env);
  };
}
function isNotFound(error) {
  return error.status === 404;
}
async function written(write) {
  await write;
  return {};
}

// src/core/kinds/live-read.ts
function liveRead(address, fetch, use, options = {}) {
  return {
    address,
    fetch,
    use,
    essential: options.essential === true
  };
}
function orgPartRead(want, org, part, fetch) {
  return orgFieldRead(want, part, org, part, fetch);
}
function orgFieldRead(want, listed, org, field, fetch) {
  if (want[listed] === void 0) return [];
  return [
    liveRead(
      orgAddress(want.slug).at(field),
      (client) => fetch(client, org.id),
      (value) => {
        org[field] = value;
      }
    )
  ];
}
function groupPartRead(desired, part, fetch) {
  if (desired.group[part] === void 0) return [];
  return [
    liveRead(
      GROUP.at(part),
      (client) => fetch(client, desired.group.id),
      (value, live) => {
        live.group[part] = value;
      }
    )
  ];
}

// src/core/kinds/directory.ts
function addUsers(directory, memberships) {
  for (const { user } of memberships) {
    directory[user.id] = { ...user, ...directory[user.id] };
  }
}
function rolesOf(memberships) {
  const byId = /* @__PURE__ */ new Map();
  for (const m of memberships) {
    if (!byId.has(m.roleId) && m.roleName !== "") byId.set(m.roleId, { id: m.roleId, name: m.roleName });
  }
  return [...byId.values()];
}
function withoutUser({ user: _user, ...membership }) {
  return membership;
}
function groupDirectoryRead(desired, options) {
  return liveRead(
    GROUP.at("members"),
    (client) => client.listGroupMemberships(desired.group.id),
    (members, live) => {
      if (options.managed) live.group.members = members.map(withoutUser);
      live.roles.group = rolesOf(members);
      addUsers(live.users, members);
    },
    { essential: !options.managed }
  );
}
function orgRolesRead(desired) {
  return liveRead(
    Address.of("roles.org"),
    (client) => client.listOrgRoles(desired.group.id),
    (roles, live) => {
      live.roles.org = roles.map((r) => ({ id: r.id, name: r.name }));
    }
  );
}

// src/core/kinds/kind.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);
function defineKind(kind2, targets18) {
  return { with: (parts) => ({ kind: kind2, targets: targets18, ...parts }) };
}
function updateOf(before, after) {
  return { before, after, patch: import_fast_json_patch.default.compare(before, after) };
}
function emptyResult() {
  return { changes: [], warnings: [], issues: [], unknownUsers: [] };
}

// src/core/service-account-users.ts
var idsOf = /* @__PURE__ */ new WeakMap();
function accountIds(live) {
  let ids2 = idsOf.get(live);
  if (ids2 === void 0) {
    ids2 = /* @__PURE__ */ new Set([
      ...(live.group.serviceAccounts ?? []).map((a) => a.id),
      ...live.orgs.flatMap((o) => (o.serviceAccounts ?? []).map((a) => a.id))
    ]);
    idsOf.set(live, ids2);
  }
  return ids2;
}
function isServiceAccountUser(live, userId) {
  return live.users[userId]?.serviceAccount === true || accountIds(live).has(userId);
}

// src/core/kinds/members.ts
function diffMemberships(ctx, scope) {
  const { resolver } = ctx;
  const diff = {
    creates: [],
    updates: [],
    deletes: [],
    expired: [],
    unknown: [],
    unknownUsers: [],
    issues: [],
    warnings: []
  };
  const warningDays = ctx.desired.users.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS;
  const listed = /* @__PURE__ */ new Map();
  const expiredEntries = [];
  const named = /* @__PURE__ */ new Set();
  scope.desired.forEach((spec, index) => {
    const user = resolver.findUser(spec.user);
    if (user !== void 0) named.add(user.id);
    if (resolver.isIgnored({ ref: spec.user, email: user?.email, username: user?.username })) return;
    const expiry = expiryOf(spec, ctx.now, warningDays);
    if (expiry.state === "expired") {
      expiredEntries.push({ spec, user, at: expiry.at });
      return;
    }
    if (expiry.state === "expiring") diff.warnings.push(expiringWarning(scope, spec, user, expiry));
    const found = resolver.findRole(scope.roleScope, spec.role);
    if (!found.ok) {
      diff.issues.push({
        code: "UNKNOWN_ROLE",
        message: found.message,
        path: [...scope.path, index, "role"]
      });
    }
    if (user === void 0) {
      diff.unknown.push(found.ok ? { index, spec, role: found.role } : { index, spec });
      diff.unknownUsers.push({ ref: spec.user, path: [...scope.path, index, "user"] });
      return;
    }
    const previous = listed.get(user.id);
    if (previous !== void 0) {
      diff.issues.push({
        code: "DUPLICATE_MEMBER",
        message: `'${spec.user}' and '${previous.spec.user}' are the same user (${user.email ?? user.username ?? user.id}), listed twice in ${scope.address("\u2026")}.`,
        path: [...scope.path, index, "user"]
      });
      return;
    }
    if (isServiceAccountUser(ctx.live, user.id)) {
      diff.warnings.push({
        code: "SERVICE_ACCOUNT_MEMBER",
        message: `'${spec.user}' is a service account: it is managed by its serviceAccounts entry, not as a member of ${scope.address("\u2026")}; this entry is left out.`,
        address: scope.address(labelUserRef(spec.user))
      });
      return;
    }
    if (found.ok) listed.set(user.id, { index, spec, user, role: found.role });
  });
  const liveByUser = new Map((scope.live ?? []).map((m) => [m.userId, m]));
  for (const member of listed.values()) {
    const live = liveByUser.get(member.user.id);
    if (live === void 0) diff.creates.push(member);
    else if (live.roleId !== member.role.id) diff.updates.push({ member, live });
  }
  const ended = planExpired(scope, expiredEntries, liveByUser, listed, diff);
  if (scope.prune) {
    for (const live of scope.live ?? []) {
      if (listed.has(live.userId) || ended.has(live.userId)) continue;
      if (named.has(live.userId) || isServiceAccountUser(ctx.live, live.userId)) continue;
      const user = resolver.userById(live.userId);
      if (resolver.isIgnored({ email: user?.email, username: user?.username })) continue;
      diff.deletes.push(live);
    }
  }
  return diff;
}
function planExpired(scope, entries2, liveByUser, listed, diff) {
  const ended = /* @__PURE__ */ new Set();
  for (const { spec, user, at } of entries2) {
    if (user !== void 0 && listed.has(user.id)) continue;
    const live = user === void 0 ? void 0 : liveByUser.get(user.id);
    if (live !== void 0 && !ended.has(live.userId)) {
      ended.add(live.userId);
      diff.expired.push({ live, at, note: expiredNote(spec, at) });
      continue;
    }
    diff.warnings.push({
      code: "MEMBER_EXPIRED",
      message: `expired at ${formatInstant(at)} (expires: ${spec.expires}): not created; remove the entry from the file.`,
      address: scope.address(user === void 0 ? labelUserRef(spec.user) : labelUser(user))
    });
  }
  return ended;
}
function expiringWarning(scope, spec, user, expiry) {
  const when = expiry.days === 1 ? "within a day" : `in ${expiry.days} days`;
  return {
    code: "MEMBER_EXPIRES_SOON",
    message: `expires ${when}, at ${formatInstant(expiry.at)} (expires: ${spec.expires}); extend the date in the file to keep this access.`,
    address: scope.address(user === void 0 ? labelUserRef(spec.user) : labelUser(user))
  };
}
function labelLiveMembership(ctx, membership) {
  const user = ctx.resolver.userById(membership.userId);
  return user === void 0 ? membership.userId : labelUser(user);
}

// src/core/kinds/targets.ts
var strict = { additionalProperties: false };
var Id = Type.String({ minLength: 1, maxLength: 200, pattern: "^(?!\\.\\.?$)[^/?#\\s\\\\%]+$" });
var Text = Type.String({ minLength: 1, maxLength: 1e3 });
var target = (props) => Type.Object(props, strict);
var orgScoped = (props) => Type.Union([Type.Object({ orgId: Id, ...props }, strict), Type.Object({ orgSlug: Text, ...props }, strict)]);

// src/core/kinds/membership-kind.ts
var MEMBERSHIP_IDS = {
  create: { userId: Id, roleId: Id },
  update: { membershipId: Id, userId: Id, roleId: Id },
  delete: { membershipId: Id, userId: Id }
};
function scopedMembershipTargets(scope) {
  return {
    create: target({ ...scope, ...MEMBERSHIP_IDS.create }),
    update: target({ ...scope, ...MEMBERSHIP_IDS.update }),
    delete: target({ ...scope, ...MEMBERSHIP_IDS.delete })
  };
}
function membershipChanges(ctx, scope, diff) {
  const { kind: kind2, target: target2 } = scope;
  const roleOf = (live) => live.roleName || ctx.resolver.roleName(scope.roleScope, live.roleId);
  const creates = diff.creates.map((member) => ({
    action: "create",
    kind: kind2,
    address: scope.address(labelUser(member.user)),
    before: null,
    // `expires` is the file's, not Snyk's (Snyk memberships do not end): shown, never written.
    after: { role: member.role.name, ...expiresOf(member.spec) },
    patch: [],
    dependsOn: scope.dependsOn,
    target: { ...target2, userId: member.user.id, roleId: member.role.id }
  }));
  const updates = diff.updates.map(({ member, live }) => ({
    action: "update",
    kind: kind2,
    address: scope.address(labelUser(member.user)),
    ...updateOf({ role: roleOf(live) }, { role: member.role.name }),
    ...member.spec.expires === void 0 ? {} : { note: `access ends ${member.spec.expires} (expires in the file)` },
    dependsOn: [],
    target: { ...target2, membershipId: live.id, userId: live.userId, roleId: member.role.id }
  }));
  const remove2 = (live) => ({
    action: "delete",
    kind: kind2,
    address: scope.address(labelLiveMembership(ctx, live)),
    before: { role: roleOf(live) },
    after: null,
    patch: [],
    dependsOn: [],
    target: { ...target2, membershipId: live.id, userId: live.userId }
  });
  const expired = diff.expired.map(({ live, at, note }) => ({
    ...remove2(live),
    note,
    expiredAt: at.toISOString()
  }));
  return [...creates, ...updates, ...diff.deletes.map(remove2), ...expired];
}
function planMemberships(ctx, scopes, unplanned = () => []) {
  const result = emptyResult();
  for (const scope of scopes) {
    const diff = diffMemberships(ctx, scope);
    result.issues.push(...diff.issues);
    result.warnings.push(...diff.warnings, ...unplanned(diff, scope));
    if (ctx.desired.users.unknown === "error") result.unknownUsers.push(...diff.unknownUsers);
    result.changes.push(...membershipChanges(ctx, scope, diff));
  }
  return result;
}
function roleNameOf(change) {
  const after = change.after;
  return typeof after?.role === "string" ? after.role : change.target.roleId ?? "";
}
function simulateMembership(list, change) {
  const members = list ?? [];
  const { membershipId, userId = "", roleId = "" } = change.target;
  switch (change.action) {
    case "create":
      return [...members, { id: `sim:${change.address}`, userId, roleId, roleName: roleNameOf(change) }];
    case "update":
      return members.map((m) => m.id === membershipId ? { ...m, roleId, roleName: roleNameOf(change) } : m);
    case "delete":
      return members.filter((m) => m.id !== membershipId);
  }
}
function keepKnownMembers(members, desired, resolver, missing2) {
  if (desired.users.unknown !== "error") return members;
  return members.filter((spec) => {
    if (resolver.findUser(spec.user) !== void 0 || resolver.isIgnored({ ref: spec.user })) return true;
    missing2.out.push({
      kind: missing2.kind,
      address: missing2.address(labelUserRef(spec.user)),
      desired: { role: spec.role }
    });
    return false;
  });
}
function membershipReplacements(ctx, scope) {
  if (scope.live === void 0) return [];
  const listed = diffMemberships(ctx, { ...scope, live: [], prune: false });
  const byUser = new Map(scope.live.map((m) => [m.userId, m]));
  return listed.creates.flatMap((resolved) => {
    const current = byUser.get(resolved.user.id);
    if (current === void 0) return [];
    const [create, remove2] = membershipChanges(ctx, scope, {
      creates: [resolved],
      updates: [],
      deletes: [current],
      expired: []
    });
    if (create === void 0 || remove2 === void 0) return [];
    const recreate = { ...create, dependsOn: [...create.dependsOn, create.address] };
    return [{ address: create.address, changes: [remove2, recreate] }];
  });
}
function expiresOf(spec) {
  return spec.expires === void 0 ? {} : { expires: spec.expires };
}

// src/core/kinds/group-membership.ts
var GROUP_ADMIN = "Group Admin";
var targets = scopedMembershipTargets({ groupId: Id });
function groupScopes(ctx) {
  const members = ctx.desired.group.members;
  if (members === void 0) return [];
  return [
    {
      kind: "group_membership",
      target: { groupId: ctx.desired.group.id },
      dependsOn: [],
      roleScope: "group",
      path: ["group", "members"],
      desired: members,
      live: ctx.live.group.members ?? [],
      prune: ctx.desired.prune.groupMembers,
      address: groupMemberAddress
    }
  ];
}
var groupMembershipKind = defineKind("group_membership", targets).with({
  noun: { one: "group membership", many: "group memberships" },
  phase: { create: 40, update: 40, delete: 62 },
  reads: {
    group: (desired) => desired.group.members === void 0 ? [] : [groupDirectoryRead(desired, { managed: true })]
  },
  plan(ctx) {
    return planMemberships(
      ctx,
      groupScopes(ctx),
      (diff) => ctx.desired.users.unknown === "error" ? [] : diff.unknown.map(({ spec }) => ({
        code: "GROUP_MEMBER_PENDING",
        message: `'${spec.user}' is not a Snyk user yet: the group membership converges after their first login.`,
        address: groupMemberAddress(labelUserRef(spec.user))
      }))
    );
  },
  apply: {
    create: ({ target: t }, { client }) => createOnce(
      () => client.createGroupMembership(t.groupId, t.userId, t.roleId),
      async () => (await client.listGroupMemberships(t.groupId, { userId: t.userId })).some(
        (m) => m.roleId === t.roleId
      )
    ),
    update: ({ target: t }, { client }) => written(client.updateGroupMembership(t.groupId, t.membershipId, t.roleId)),
    // Never cascade: the org memberships the file keeps are planned on their own.
    delete: deleteListed(
      (t) => t.membershipId,
      (client, t) => client.deleteGroupMembership(t.groupId, t.membershipId, { cascade: false }),
      (client, t) => client.listGroupMemberships(t.groupId, { userId: t.userId })
    )
  },
  replaceable: (ctx) => groupScopes(ctx).flatMap((scope) => membershipReplacements(ctx, scope)),
  simulate(live, change) {
    live.group.members = simulateMembership(live.group.members, change);
  },
  countLive: (live) => live.group.members?.length ?? 0,
  rails({ live, after, changes }) {
    const refusals = [];
    const admins = adminRoleIds(live.roles.group, GROUP_ADMIN);
    const isAdmin = (m) => m !== void 0 && admins.has(m.roleId);
    const selfBefore = live.group.members?.find((m) => m.userId === live.self.id);
    const selfAfter = after.group.members?.find((m) => m.userId === live.self.id);
    if (isAdmin(selfBefore) && !isAdmin(selfAfter)) {
      const user = live.users[live.self.id];
      const address = groupMemberAddress(user === void 0 ? live.self.id : labelUser(user));
      refusals.push(
        lockoutRefusal(
          `Refusing to ${selfAfter === void 0 ? "remove" : "demote"} the token's own user (${address}) from Group Admin: the token would lose control of the group.`,
          [address.text]
        )
      );
    }
    if (hasAdmin(live.group.members, admins) && !hasAdmin(after.group.members, admins)) {
      refusals.push(
        lastAdminRefusal("the group", GROUP_ADMIN, adminLosses(changes, live.group.members, admins))
      );
    }
    return refusals;
  },
  prepareDrift(desired, _live, resolver) {
    const out = [];
    if (desired.group.members !== void 0) {
      desired.group.members = keepKnownMembers(desired.group.members, desired, resolver, {
        kind: "group_membership",
        address: groupMemberAddress,
        out
      });
    }
    return out;
  },
  provides: (change) => change.action === "create" ? [`user:${change.target.userId}`] : [],
  export(live, draft) {
    const members = draft.members(live.group.members, live.roles.group);
    if (members !== void 0) draft.model.group.members = members;
  }
});

// src/core/kinds/settings-diff.ts
var import_fast_json_patch2 = __toESM(require_fast_json_patch(), 1);
function diffSettings(desired, live) {
  const after = toJson(desired);
  const before = projectOnto(live, after);
  const patch = import_fast_json_patch2.default.compare(before, after);
  return patch.length === 0 ? void 0 : { before, after, patch };
}
function mergeSettings(live, after) {
  return mergeDeep(live ?? {}, after);
}
function pickBySchema(value, schema2) {
  const out = {};
  if (!isPlainObject(value) || !type_exports.IsObject(schema2)) return out;
  for (const [key, property] of Object.entries(schema2.properties)) {
    const have = value[key];
    if (have === void 0) continue;
    if (type_exports.IsObject(property)) {
      if (isPlainObject(have)) out[key] = pickBySchema(have, property);
    } else if (value_exports.Check(property, have)) {
      out[key] = have;
    }
  }
  return out;
}
function settingsChange(wanted, live) {
  if (live !== void 0) return diffSettings(wanted, live.current);
  const after = toJson(wanted);
  return { before: null, after, patch: import_fast_json_patch2.default.compare({}, after) };
}

// src/core/kinds/group-settings-part-kind.ts
var targets2 = { update: target({ groupId: Id }) };
function accessOf(spec) {
  if (spec.v1 !== void 0) return spec.v1;
  const endpoint2 = restEndpointOf(GROUP_SETTINGS_PARTS, spec.part);
  return {
    schema: endpoint2.schema,
    read: async (client, groupId) => await client.readSettings(endpoint2, groupId) ?? {},
    write: (client, groupId, after) => client.writeSettings(endpoint2, groupId, after)
  };
}
function groupSettingsPartKind(spec) {
  const { kind: kind2, part, address } = spec;
  const { schema: schema2, read, write } = accessOf(spec);
  return defineKind(kind2, targets2).with({
    noun: spec.noun,
    phase: { update: spec.phase },
    reads: {
      group: (desired) => groupPartRead(
        desired,
        part,
        (client, groupId) => read(client, groupId)
      )
    },
    plan(ctx) {
      const result = emptyResult();
      const wanted = ctx.desired.group[part];
      const diff = wanted === void 0 ? void 0 : diffSettings(wanted, ctx.live.group[part]);
      if (diff !== void 0)
        result.changes.push({
          action: "update",
          kind: kind2,
          address,
          ...diff,
          dependsOn: [],
          target: { groupId: ctx.desired.group.id }
        });
      return result;
    },
    apply: {
      update: ({ target: t, after }, { client }) => written(write(client, t.groupId, after))
    },
    simulate(live, change) {
      live.group[part] = mergeSettings(live.group[part], change.after);
    },
    countLive: (live) => live.group[part] === void 0 ? 0 : 1,
    export(live, draft) {
      const value = live.group[part];
      if (value !== void 0)
        draft.model.group[part] = pickBySchema(value, schema2);
    }
  });
}

// src/core/kinds/group-settings.ts
var groupSettingsKind = groupSettingsPartKind({
  kind: "group_settings",
  noun: { one: "group settings", many: "group settings" },
  phase: 10,
  part: "settings",
  address: GROUP.at("settings"),
  v1: {
    schema: GroupSettingsSchema,
    read: (client, groupId) => client.getGroupSettings(groupId),
    write: (client, groupId, after) => client.updateGroupSettings(groupId, after)
  }
});

// src/core/export-draft.ts
var USER_REF = /^(?:[^@]+|[^@\s]+@[^@\s]+\.[^@\s]+)$/;
var EXPORT_PATTERNS = {
  tagKey: /^[A-Za-z0-9_-]{1,30}$/,
  tagValue: new RegExp(TAG_VALUE_PATTERN),
  slug: /^[\w.-]{1,100}$/,
  name: (name) => name.length >= 1 && name.length <= 60,
  webhookUrl: /^https:\/\/[^\s/?#]+[^\s]*$/
};
function createExportDraft(live) {
  const model = { groupId: live.groupId, group: {}, orgs: [], skipped: [], notes: [] };
  const userRef = createUserNamer(live.users);
  return {
    model,
    org: (orgId) => model.orgs.find((o) => o.id === orgId),
    members(list, roles) {
      if (list === void 0) return void 0;
      const roleRef = createRoleNamer(roles, list);
      return list.filter((m) => !isServiceAccountUser(live, m.userId)).map((m) => ({ user: userRef(m.userId), role: roleRef(m), userId: m.userId, roleId: m.roleId })).sort((a, b) => compareText(a.user, b.user) || compareText(a.userId, b.userId));
    }
  };
}
function compareText(a, b) {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
function createUserNamer(users) {
  const counts = /* @__PURE__ */ new Map();
  const bump = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const user of Object.values(users)) {
    if (user.email) bump(`e:${user.email.toLowerCase()}`);
    if (user.username) bump(`u:${user.username.toLowerCase()}`);
  }
  const unique = (prefix, value) => value !== void 0 && value !== "" && counts.get(`${prefix}:${value.toLowerCase()}`) === 1 && USER_REF.test(value);
  return (userId) => {
    const user = users[userId];
    if (unique("e", user?.email)) return user.email;
    if (unique("u", user?.username)) return user.username;
    return userId;
  };
}
function createRoleNamer(roles, memberships) {
  const ids2 = /* @__PURE__ */ new Map();
  const add = (name, id) => {
    const key = name.toLowerCase();
    const set = ids2.get(key) ?? /* @__PURE__ */ new Set();
    set.add(id);
    ids2.set(key, set);
  };
  for (const role of roles) add(role.name, role.id);
  for (const m of memberships) if (m.roleName) add(m.roleName, m.roleId);
  return (m) => m.roleName && ids2.get(m.roleName.toLowerCase())?.size === 1 ? m.roleName : m.roleId;
}

// src/core/kinds/group-tag.ts
var targets3 = {
  delete: target({
    groupId: Id,
    key: Text,
    value: Text,
    force: Type.Union([Type.Literal("true"), Type.Literal("false")])
  })
};
var NOT_CREATABLE = "TAG_NOT_CREATABLE";
function tagDeleteRefusal(error, address) {
  const status = statusOf(error);
  if (status === 422) return { notice: `${address}: Snyk had already removed this tag` };
  if (status !== 403) throw error;
  throw new ApplyError(
    `projects still carry this tag, so Snyk refuses to delete it; set prune.groupTags: force to remove it from them too`,
    "TAG_IN_USE",
    error
  );
}
function groupTagAddress(tag) {
  return GROUP.at("tag", `${tag.key}:${tag.value}`);
}
var tagKey = (tag) => `${tag.key}\0${tag.value}`;
var groupTagKind = defineKind("group_tag", targets3).with({
  noun: { one: "group tag", many: "group tags" },
  phase: { delete: 63 },
  reads: {
    group: (desired) => groupPartRead(desired, "tags", (client, groupId) => client.listGroupTags(groupId))
  },
  plan(ctx) {
    const result = emptyResult();
    const desired = ctx.desired.group.tags;
    if (desired === void 0) return result;
    const live = ctx.live.group.tags ?? [];
    const liveKeys = new Set(live.map(tagKey));
    const desiredKeys = new Set(desired.map(tagKey));
    for (const tag of desired) {
      if (liveKeys.has(tagKey(tag)) || ctx.implied.has(groupTagAddress(tag))) continue;
      result.warnings.push({
        code: NOT_CREATABLE,
        message: `The tag ${tag.key}:${tag.value} does not exist in Snyk; a tag exists while a project carries it, so it cannot be created here.`,
        address: groupTagAddress(tag)
      });
    }
    const prune = ctx.desired.prune.groupTags;
    if (prune === false) return result;
    const force = prune === "force";
    for (const tag of live) {
      if (desiredKeys.has(tagKey(tag)) || ctx.implied.has(groupTagAddress(tag))) continue;
      result.changes.push({
        action: "delete",
        kind: "group_tag",
        address: groupTagAddress(tag),
        before: { key: tag.key, value: tag.value },
        after: null,
        patch: [],
        dependsOn: [],
        target: {
          groupId: ctx.desired.group.id,
          key: tag.key,
          value: tag.value,
          force: force ? "true" : "false"
        },
        note: force ? "Also removes the tag from every project that carries it (prune.groupTags: force)." : "Snyk refuses to delete a tag while projects carry it; prune.groupTags: force removes it from them."
      });
    }
    return result;
  },
  apply: {
    delete: async ({ target: t, address }, { client }) => {
      try {
        return await deleteOnce(
          address,
          () => client.deleteGroupTag(t.groupId, { key: t.key, value: t.value }, { force: t.force === "true" }),
          async () => (await client.listGroupTags(t.groupId)).some((tag) => tag.key === t.key && tag.value === t.value)
        );
      } catch (error) {
        return tagDeleteRefusal(error, address);
      }
    }
  },
  simulate(live, { target: t }) {
    live.group.tags = (live.group.tags ?? []).filter((tag) => tag.key !== t.key || tag.value !== t.value);
  },
  countLive: (live) => live.group.tags?.length ?? 0,
  driftWarnings: [NOT_CREATABLE],
  export(live, draft) {
    if (live.group.tags === void 0) return;
    draft.model.group.tags = live.group.tags.filter((tag) => {
      const ok = EXPORT_PATTERNS.tagKey.test(tag.key) && EXPORT_PATTERNS.tagValue.test(tag.value);
      if (!ok)
        draft.model.skipped.push(
          `group tag ${tag.key}:${tag.value} (not a valid tag in the config format)`
        );
      return ok;
    }).map((tag) => ({ key: tag.key, value: tag.value })).sort((a, b) => compareText(a.key, b.key) || compareText(a.value, b.value));
  }
});

// src/core/kinds/org-and-group-kind.ts
var targets4 = { update: Type.Union([...orgScoped({}).anyOf, target({ groupId: Id })]) };
function orgAndGroupKind(kind2, scopes) {
  const { org, group } = scopes;
  const scopeOf2 = (change) => "groupId" in change.target ? group : org;
  return defineKind(kind2, targets4).with({
    ...org.orgPart === void 0 ? {} : { orgPart: org.orgPart },
    noun: org.noun,
    phase: { update: Math.min(org.phase.update ?? 0, group.phase.update ?? 0) },
    reads: {
      ...org.reads.org && { org: org.reads.org },
      ...group.reads.group && { group: group.reads.group }
    },
    plan(ctx) {
      const result = emptyResult();
      for (const part of [group.plan(ctx), org.plan(ctx)]) {
        result.changes.push(...part.changes);
        result.warnings.push(...part.warnings);
        result.issues.push(...part.issues);
        result.unknownUsers.push(...part.unknownUsers);
      }
      return result;
    },
    apply: { update: (change, env) => scopeOf2(change).apply.update(change, env) },
    simulate: (live, change) => scopeOf2(change).simulate(live, change),
    countLive: (live, desired) => org.countLive(live, desired) + group.countLive(live, desired),
    export(live, draft) {
      org.export(live, draft);
      group.export(live, draft);
    }
  });
}

// src/core/kinds/org-scope.ts
function orgTarget(binding) {
  return binding.live !== void 0 ? { orgId: binding.live.id } : { orgSlug: binding.slug };
}
function orgDependencies(binding) {
  return binding.createdBy === void 0 ? [] : [binding.createdBy];
}
function plannableOrgs(ctx) {
  return ctx.orgs.filter((binding) => binding.live !== void 0 || binding.createdBy !== void 0);
}
function findOrgOf(orgs, ref) {
  return "orgId" in ref ? orgs.find((o) => o.id === ref.orgId) : orgs.find((o) => o.slug === ref.orgSlug);
}

// src/core/kinds/settings-kind.ts
var targets5 = { update: orgScoped({}) };
function accessOf2(spec) {
  if (spec.read !== void 0 && spec.write !== void 0) return { read: spec.read, write: spec.write };
  const endpoint2 = restEndpointOf(ORG_SETTINGS_PARTS, spec.part);
  return {
    read: async (client, orgId) => await client.readSettings(endpoint2, orgId),
    // PATCH: the managed keys (`after`) are sent, Snyk keeps the others.
    write: (client, orgId, { after }) => client.writeSettings(endpoint2, orgId, after)
  };
}
var settingsAddress = (slug, part) => orgAddress(slug).at(part);
function planUpdates(ctx, kind2, part) {
  return plannableOrgs(ctx).flatMap((binding) => {
    const wanted = binding.desired[part];
    if (wanted === void 0 || Object.keys(wanted).length === 0) return [];
    const change = settingsChange(wanted, binding.live && { current: binding.live[part] });
    if (change === void 0) return [];
    return [
      {
        action: "update",
        kind: kind2,
        address: settingsAddress(binding.slug, part),
        dependsOn: orgDependencies(binding),
        target: orgTarget(binding),
        ...change
      }
    ];
  });
}
function settingsPartKind(spec) {
  const { kind: kind2, part } = spec;
  const { schema: schema2 } = ORG_SETTINGS_PARTS[part];
  const { read, write } = accessOf2(spec);
  return defineKind(kind2, targets5).with({
    orgPart: part,
    noun: spec.noun,
    phase: { update: spec.phase },
    reads: { org: (_desired, want, org) => orgPartRead(want, org, part, read) },
    plan(ctx) {
      const result = emptyResult();
      result.changes.push(...planUpdates(ctx, kind2, part));
      return result;
    },
    apply: {
      update: (change, { client, ctx }) => written(write(client, orgIdOf(change.target, change.address, ctx), change))
    },
    simulate(live, change) {
      const org = findOrgOf(live.orgs, change.target);
      if (org !== void 0) org[part] = mergeSettings(org[part], change.after);
    },
    countLive: (live) => live.orgs.filter((org) => org[part] !== void 0).length,
    export(live, draft) {
      for (const org of live.orgs) {
        const entry = draft.org(org.id);
        const settings = org[part];
        if (entry !== void 0 && settings !== void 0)
          entry[part] = pickBySchema(settings, schema2);
      }
    }
  });
}

// src/core/kinds/iac-settings.ts
var kind = "iac_settings";
var noun = { one: "IaC settings", many: "IaC settings" };
var iacSettingsKind = orgAndGroupKind(kind, {
  org: settingsPartKind({ kind, noun, phase: 32, part: "iac" }),
  group: groupSettingsPartKind({ kind, noun, phase: 32, part: "iac", address: GROUP.at("iac") })
});

// src/core/project-match.ts
var cache = /* @__PURE__ */ new Map();
function globToRegExp(glob) {
  const known = cache.get(glob);
  if (known !== void 0) return known;
  let source = "";
  for (const char of glob) {
    if (char === "*") source += ".*";
    else if (char === "?") source += ".";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const regex = new RegExp(`^${source}$`, "su");
  cache.set(glob, regex);
  return regex;
}
function literalPrefix(glob) {
  const wildcard = glob.search(/[*?]/);
  return wildcard === -1 ? glob : glob.slice(0, wildcard);
}
function ruleMatches(rule, project) {
  const { name, type, origin } = rule.match;
  if (type !== void 0 && project.type !== type) return false;
  if (origin !== void 0 && project.origin !== origin) return false;
  return name === void 0 || globToRegExp(name).test(project.name);
}
function anyRuleMatches(rules, project) {
  return rules.some((rule) => ruleMatches(rule, project));
}
function listFilterOf(rules) {
  const filter = {};
  const union = (values) => values.every((v) => v !== void 0 && v !== "" && !v.includes(",")) ? [...new Set(values)].sort() : void 0;
  const prefixes = union(
    rules.map((r) => r.match.name === void 0 ? void 0 : literalPrefix(r.match.name))
  );
  const types = union(rules.map((r) => r.match.type));
  const origins = union(rules.map((r) => r.match.origin));
  if (rules.length === 0) return filter;
  if (prefixes !== void 0)
    filter.namesStartWith = prefixes.filter((p) => !prefixes.some((q) => q !== p && p.startsWith(q)));
  if (types !== void 0) filter.types = types;
  if (origins !== void 0) filter.origins = origins;
  return filter;
}

// src/core/estate-scope.ts
var EVERY_PROJECT = { match: {} };
function ignoreRulesOf(desired, slug) {
  return (desired.ignores ?? []).filter(
    (rule) => rule.projects.org === void 0 || globToRegExp(rule.projects.org).test(slug)
  );
}
function managesIgnoresOf(desired, slug) {
  if (desired.ignores === void 0) return false;
  if (desired.ignores.length === 0) return desired.prune.ignores;
  return ignoreRulesOf(desired, slug).length > 0;
}
function ignoreReadRules(desired, slug) {
  if (!managesIgnoresOf(desired, slug)) return [];
  if (desired.prune.ignores) return [EVERY_PROJECT];
  return ignoreRulesOf(desired, slug).map((rule) => ({ match: rule.projects.match ?? {} }));
}
function projectReadRules(desired, org) {
  return [
    ...org.projects ?? [],
    ...(desired.placement ?? []).map((rule) => ({ match: rule.match })),
    ...ignoreReadRules(desired, org.slug)
  ];
}

// src/core/ignore-plan.ts
var IGNORE_REASON_PREFIX = "[snyk-gitops] ";
function isOwnIgnore(ignore, selfId) {
  return ignore.ignoredById === selfId && ignore.reason.startsWith(IGNORE_REASON_PREFIX);
}
function fieldsOf(rule) {
  const fields = { type: rule.type, reason: `${IGNORE_REASON_PREFIX}${rule.reason}` };
  const at = rule.expires === void 0 ? void 0 : expiryInstant(rule.expires);
  if (at !== void 0) fields.expires = at.toISOString();
  return fields;
}
function liveFields(ignore) {
  const fields = { type: ignore.reasonType, reason: ignore.reason };
  if (ignore.expires !== void 0) fields.expires = ignore.expires;
  return fields;
}
var sameInstant = (a, b) => a === void 0 || b === void 0 ? a === b : Date.parse(a) === Date.parse(b);
var sameFields = (a, b) => a.type === b.type && a.reason === b.reason && sameInstant(a.expires, b.expires);
function rulesMatching(rules, project) {
  return rules.filter(({ rule }) => ruleMatches({ match: rule.projects.match ?? {} }, project));
}
function diffIgnores(project, rules, selfId, prune, now) {
  const diff = { creates: [], updates: [], deletes: [], foreign: [], conflicts: [] };
  const wanted = /* @__PURE__ */ new Map();
  const expired = /* @__PURE__ */ new Map();
  for (const { index, rule } of rulesMatching(rules, project)) {
    if (isExpired(rule, now)) {
      const at = expiryInstant(rule.expires) ?? /* @__PURE__ */ new Date(0);
      expired.set(rule.issue, {
        at,
        note: `Expired at ${formatInstant(at)} (expires: ${rule.expires}): the ignore ends.`
      });
      continue;
    }
    const fields = fieldsOf(rule);
    const claimed = wanted.get(rule.issue);
    if (claimed === void 0) wanted.set(rule.issue, { rule: index, fields });
    else if (!sameFields(claimed.fields, fields))
      diff.conflicts.push({ issueId: rule.issue, first: claimed.rule, second: index });
  }
  const live = /* @__PURE__ */ new Map();
  for (const ignore of project.ignores ?? [])
    live.set(ignore.issueId, [...live.get(ignore.issueId) ?? [], ignore]);
  for (const [issueId, want] of wanted) {
    const entries2 = live.get(issueId) ?? [];
    const theirs = entries2.find((i) => !isOwnIgnore(i, selfId));
    if (theirs !== void 0)
      diff.foreign.push({ issueId, rule: want.rule, by: theirs.ignoredById ?? "unknown" });
    else if (entries2.length === 0) diff.creates.push({ issueId, after: want.fields });
    else if (entries2.length > 1 || !sameFields(liveFields(entries2[0]), want.fields))
      diff.updates.push({ issueId, before: liveFields(entries2[0]), after: want.fields });
  }
  for (const [issueId, entries2] of live) {
    if (wanted.has(issueId) || !entries2.every((i) => isOwnIgnore(i, selfId))) continue;
    const end = expired.get(issueId);
    if (end !== void 0) diff.deletes.push({ issueId, before: liveFields(entries2[0]), expired: end });
    else if (prune) diff.deletes.push({ issueId, before: liveFields(entries2[0]) });
  }
  return diff;
}

// src/core/kinds/estate-read.ts
function estateReadWhen(uses) {
  return (desired, want, org) => uses(desired, want) ? estateProjectsRead(desired, want, org) : [];
}
function estateProjectsRead(desired, want, org) {
  const rules = projectReadRules(desired, want);
  if (rules.length === 0) return [];
  const ignoreRules = ignoreReadRules(desired, want.slug);
  return [
    liveRead(
      orgAddress(want.slug).at("projects"),
      async (client) => {
        const kept = [];
        await client.listOrgProjects(org.id, listFilterOf(rules), (page) => {
          for (const project of page) if (anyRuleMatches(rules, project)) kept.push(project);
        });
        await Promise.all(
          kept.map(async (project) => {
            if (anyRuleMatches(ignoreRules, project))
              project.ignores = await client.listProjectIgnores(org.id, project.id);
          })
        );
        return kept;
      },
      (projects, _live, intern) => {
        org.projects = projects.map((p) => internProject(p, intern));
      }
    )
  ];
}
function internProject(p, intern) {
  const attributes = {};
  for (const [name, values] of Object.entries(p.attributes))
    attributes[name] = values.map(intern);
  const project = {
    id: p.id,
    name: p.name,
    type: intern(p.type),
    origin: intern(p.origin),
    tags: p.tags.map((t) => ({ key: intern(t.key), value: intern(t.value) })),
    attributes
  };
  if (p.ignores !== void 0)
    project.ignores = p.ignores.map((i) => ({
      ...i,
      issueId: intern(i.issueId),
      reasonType: intern(i.reasonType),
      ...i.ignoredById === void 0 ? {} : { ignoredById: intern(i.ignoredById) }
    }));
  return project;
}

// src/core/project-rules.ts
var ATTRIBUTES = ["criticality", "environment", "lifecycle"];
var sameSet = (a, b) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((v) => right.has(v));
};
var show = (values) => `[${values.join(", ")}]`;
function wantOf(rules, project) {
  const want = { rules: [], tags: /* @__PURE__ */ new Map(), attributes: {} };
  const conflicts = [];
  for (const [index, rule] of rules.entries()) {
    if (!ruleMatches(rule, project)) continue;
    want.rules.push(index);
    for (const tag of rule.tags ?? []) {
      const claimed = want.tags.get(tag.key);
      if (claimed === void 0) want.tags.set(tag.key, { value: tag.value, rule: index });
      else if (claimed.value !== tag.value)
        conflicts.push({
          first: claimed.rule,
          second: index,
          what: `the tag '${tag.key}'`,
          values: [claimed.value, tag.value]
        });
    }
    for (const name of ATTRIBUTES) {
      const values = rule.attributes?.[name];
      if (values === void 0) continue;
      const claimed = want.attributes[name];
      if (claimed === void 0) want.attributes[name] = { value: [...values], rule: index };
      else if (!sameSet(claimed.value, values))
        conflicts.push({
          first: claimed.rule,
          second: index,
          what: `the attribute '${name}'`,
          values: [show(claimed.value), show(values)]
        });
    }
  }
  return { want, conflicts };
}
var tagId = (tag) => `${tag.key}\0${tag.value}`;
function diffProject(project, want, prune) {
  const before = {};
  const after = {};
  if (want.tags.size > 0 || prune) {
    const kept = project.tags.filter((tag) => !prune && !want.tags.has(tag.key));
    const wanted = [...want.tags].map(([key, claim]) => ({ key, value: claim.value }));
    const next = [...kept, ...wanted];
    if (!sameSet(project.tags.map(tagId), next.map(tagId))) {
      before.tags = project.tags;
      after.tags = next;
    }
  }
  for (const name of ATTRIBUTES) {
    const claim = want.attributes[name];
    const current = project.attributes[name] ?? [];
    if (claim === void 0 || sameSet(current, claim.value)) continue;
    before.attributes = { ...before.attributes, [name]: current };
    after.attributes = { ...after.attributes, [name]: claim.value };
  }
  return after.tags === void 0 && after.attributes === void 0 ? void 0 : { before, after };
}
function restAttributesOf(after) {
  const out = {};
  if (after.tags !== void 0) out.tags = after.tags.map((t) => ({ key: t.key, value: t.value }));
  const { criticality, environment, lifecycle } = after.attributes ?? {};
  if (criticality !== void 0) out.business_criticality = [...criticality];
  if (environment !== void 0) out.environment = [...environment];
  if (lifecycle !== void 0) out.lifecycle = [...lifecycle];
  return out;
}
function describeRule(rule) {
  const parts = Object.entries(rule.match).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `{ ${parts.join(", ")} }`;
}

// src/core/kinds/project.ts
var targets6 = { update: target({ orgId: Id, projectId: Id }) };
var UNMATCHED = "PROJECT_RULE_UNMATCHED";
function projectAddress(slug, project, shared) {
  return orgAddress(slug).at("project", shared ? `${project.name}#${project.id}` : project.name);
}
var evaluations = /* @__PURE__ */ new WeakMap();
function evaluate(ctx, binding) {
  const rules = binding.desired.projects;
  const live = binding.live;
  if (rules === void 0 || rules.length === 0 || live === void 0) return void 0;
  const known = evaluations.get(binding);
  if (known !== void 0) return known;
  const result = { changes: [], tags: [], unmatched: [], conflicts: /* @__PURE__ */ new Map() };
  const projects = live.projects ?? [];
  const names = /* @__PURE__ */ new Map();
  for (const p of projects) names.set(p.name, (names.get(p.name) ?? 0) + 1);
  const matched = /* @__PURE__ */ new Set();
  const prune = ctx.desired.prune.projectTags === true;
  for (const project of projects) {
    const { want, conflicts } = wantOf(rules, project);
    if (want.rules.length === 0) continue;
    for (const index of want.rules) matched.add(index);
    for (const [key, claim] of want.tags) result.tags.push({ key, value: claim.value });
    for (const c of conflicts) {
      const id = `${c.first}\0${c.second}\0${c.what}\0${c.values.join("\0")}`;
      const seen = result.conflicts.get(id);
      if (seen === void 0) result.conflicts.set(id, { ...c, project: project.name, count: 1 });
      else seen.count++;
    }
    if (conflicts.length > 0) continue;
    const diff = diffProject(project, want, prune);
    if (diff === void 0) continue;
    result.changes.push({
      action: "update",
      kind: "project",
      address: projectAddress(binding.slug, project, (names.get(project.name) ?? 0) > 1),
      before: toJson(diff.before),
      after: toJson(diff.after),
      patch: wholeListPatch(diff.after),
      dependsOn: [],
      target: { orgId: live.id, projectId: project.id }
    });
  }
  result.unmatched = rules.flatMap((_, i) => matched.has(i) ? [] : [i]);
  evaluations.set(binding, result);
  return result;
}
function wholeListPatch(after) {
  const patch = [];
  if (after.tags !== void 0) patch.push({ op: "replace", path: "/tags", value: toJson(after.tags) });
  for (const [name, values] of Object.entries(after.attributes ?? {}))
    patch.push({ op: "replace", path: `/attributes/${name}`, value: [...values] });
  return patch;
}
function conflictIssue(binding, c) {
  const more = c.count > 1 ? ` (and ${c.count - 1} more project${c.count > 2 ? "s" : ""})` : "";
  return {
    code: "PROJECT_RULE_CONFLICT",
    message: `Two rules set ${c.what} of project '${c.project}'${more} in ${orgAddress(binding.slug)} to different values: '${c.values[0]}' by this rule, '${c.values[1]}' by another; make them agree or narrow their matches`,
    address: orgAddress(binding.slug),
    path: ["orgs", binding.index, "projects", c.first],
    related: [{ what: "the other rule", path: ["orgs", binding.index, "projects", c.second] }]
  };
}
var projectKind = defineKind("project", targets6).with({
  noun: { one: "project", many: "projects" },
  // After the org exists and its settings are written; before any group tag is deleted.
  phase: { update: 35 },
  reads: {
    // Only for orgs with rules; one read with placement and ignores (estate-read.ts).
    org: estateReadWhen((_desired, want) => (want.projects ?? []).length > 0)
  },
  plan(ctx) {
    const result = emptyResult();
    for (const binding of ctx.orgs) {
      const evaluation = evaluate(ctx, binding);
      if (evaluation === void 0) continue;
      for (const conflict of evaluation.conflicts.values())
        result.issues.push(conflictIssue(binding, conflict));
      result.changes.push(...evaluation.changes);
      for (const index of evaluation.unmatched) {
        const rule = binding.desired.projects[index];
        result.warnings.push({
          code: UNMATCHED,
          message: `The project rule ${describeRule(rule)} matches no project of ${orgAddress(binding.slug)}.`,
          address: orgAddress(binding.slug).at("projects")
        });
      }
    }
    return result;
  },
  implies: (ctx) => ctx.orgs.flatMap((binding) => evaluate(ctx, binding)?.tags.map(groupTagAddress) ?? []),
  apply: {
    update: ({ target: t, after }, { client }) => written(client.updateProject(t.orgId, t.projectId, restAttributesOf(after)))
  },
  simulate(live, { target: t, after }) {
    const project = live.orgs.find((o) => o.id === t.orgId)?.projects?.find((p) => p.id === t.projectId);
    if (project === void 0) return;
    const fields = after;
    if (fields.tags !== void 0) project.tags = fields.tags.map((tag) => ({ ...tag }));
    for (const [name, values] of Object.entries(fields.attributes ?? {}))
      project.attributes[name] = [...values];
    const catalogue = live.group.tags;
    for (const tag of fields.tags ?? [])
      if (catalogue !== void 0 && !catalogue.some((c) => c.key === tag.key && c.value === tag.value))
        catalogue.push({ key: tag.key, value: tag.value });
  },
  countLive: (live) => live.orgs.reduce((sum, org) => sum + (org.projects?.length ?? 0), 0),
  export(_live, draft) {
    draft.model.notes.push(
      "project rules (`projects:`), which state intent over projects and cannot be inferred from their tags."
    );
  }
});

// src/core/kinds/ignore.ts
var ids = target({ orgId: Id, projectId: Id, issueId: Id });
var targets7 = { create: ids, update: ids, delete: ids };
var FOREIGN = "IGNORE_NOT_OURS";
function conflictIssue2(rules, first, second, project) {
  return {
    code: "IGNORE_RULE_CONFLICT",
    message: `Two ignore rules set issue ${rules[first].issue} on project '${project}' differently (ignores[${first}] and ignores[${second}]): make them agree or narrow their projects`,
    path: ["ignores", first],
    related: [{ what: "the other rule", path: ["ignores", second] }]
  };
}
function specOf(after) {
  return after.expires === void 0 ? { reason: after.reason, reasonType: after.type } : { reason: after.reason, reasonType: after.type, expires: after.expires };
}
function countOwn(live) {
  return live.orgs.reduce(
    (sum, org) => sum + (org.projects ?? []).reduce(
      (n, p) => n + new Set((p.ignores ?? []).filter((i) => isOwnIgnore(i, live.self.id)).map((i) => i.issueId)).size,
      0
    ),
    0
  );
}
function indexedRules(desired, slug) {
  const covering = new Set(ignoreRulesOf(desired, slug));
  return (desired.ignores ?? []).flatMap((rule, index) => covering.has(rule) ? [{ index, rule }] : []);
}
var ignoreKind = defineKind("ignore", targets7).with({
  noun: { one: "ignore", many: "ignores" },
  // After a project's tags, before it is moved to another org (placement, 58).
  phase: { create: 57, update: 57, delete: 57 },
  reads: {
    org: estateReadWhen((desired, want) => managesIgnoresOf(desired, want.slug))
  },
  plan(ctx) {
    const result = emptyResult();
    const rules = ctx.desired.ignores ?? [];
    const conflicts = /* @__PURE__ */ new Set();
    for (const binding of ctx.orgs) {
      const live = binding.live;
      if (live === void 0 || !managesIgnoresOf(ctx.desired, binding.slug)) continue;
      const covering = indexedRules(ctx.desired, binding.slug);
      const projects = live.projects ?? [];
      const names = /* @__PURE__ */ new Map();
      for (const p of projects) names.set(p.name, (names.get(p.name) ?? 0) + 1);
      for (const project of projects) {
        if (project.ignores === void 0) continue;
        const diff = diffIgnores(project, covering, ctx.live.self.id, ctx.desired.prune.ignores, ctx.now);
        const base = projectAddress(binding.slug, project, (names.get(project.name) ?? 0) > 1);
        const change = (issueId) => ({
          kind: "ignore",
          address: base.at("ignore", issueId),
          patch: [],
          dependsOn: [],
          target: { orgId: live.id, projectId: project.id, issueId }
        });
        for (const c of diff.creates)
          result.changes.push({
            ...change(c.issueId),
            action: "create",
            before: null,
            after: toJson(c.after)
          });
        for (const u of diff.updates)
          result.changes.push({
            ...change(u.issueId),
            action: "update",
            ...updateOf(toJson(u.before), toJson(u.after))
          });
        for (const d of diff.deletes)
          result.changes.push({
            ...change(d.issueId),
            action: "delete",
            before: toJson(d.before),
            after: null,
            ...d.expired === void 0 ? {} : { note: d.expired.note, expiredAt: d.expired.at.toISOString() }
          });
        for (const f of diff.foreign)
          result.warnings.push({
            code: FOREIGN,
            message: `Issue ${f.issueId} of project '${project.name}' in ${orgAddress(binding.slug)} is already ignored by someone else (user ${f.by}): ignores[${f.rule}] leaves their ignore as it is and sends nothing.`,
            address: base.at("ignore", f.issueId)
          });
        for (const c of diff.conflicts) {
          const key = `${c.first}\0${c.second}`;
          if (conflicts.has(key)) continue;
          conflicts.add(key);
          result.issues.push(conflictIssue2(rules, c.first, c.second, project.name));
        }
      }
    }
    return result;
  },
  apply: {
    create: ({ target: t, after }, { client }) => written(
      client.addProjectIgnore(t.orgId, t.projectId, t.issueId, specOf(after))
    ),
    update: ({ target: t, after }, { client }) => written(
      client.replaceProjectIgnore(
        t.orgId,
        t.projectId,
        t.issueId,
        specOf(after)
      )
    ),
    delete: ({ target: t }, { client }) => written(client.deleteProjectIgnore(t.orgId, t.projectId, t.issueId))
  },
  simulate(live, change) {
    const { target: t } = change;
    const project = live.orgs.find((o) => o.id === t.orgId)?.projects?.find((p) => p.id === t.projectId);
    if (project === void 0) return;
    const others = (project.ignores ?? []).filter((i) => i.issueId !== t.issueId);
    if (change.action === "delete") {
      project.ignores = others;
      return;
    }
    const fields = change.after;
    const ignore = {
      issueId: t.issueId,
      path: "*",
      reason: fields.reason,
      reasonType: fields.type,
      ignoredById: live.self.id
    };
    if (fields.expires !== void 0) ignore.expires = fields.expires;
    project.ignores = [...others, ignore];
  },
  // The rail's denominator: this tool's ignores (one per project and issue) where they were read.
  countLive: (live) => countOwn(live),
  export(_live, draft) {
    draft.model.notes.push("ignores (`ignores:`), which this tool owns only once it has written them.");
  }
});

// src/core/desired-imports.ts
var strict2 = { additionalProperties: false };
var GITHUB_TYPES = ["github", "github-cloud-app", "github-enterprise", "github-server-app"];
var IMPORT_INTEGRATIONS = [
  ...GITHUB_TYPES,
  "bitbucket-cloud",
  "bitbucket-connect-app",
  "azure-repos"
];
var GITHUB_INTEGRATIONS = GITHUB_TYPES;
var PERSONAL_TOKEN_INTEGRATION = "github";
var MAX_IMPORT_FILES = 1e3;
var RepoPattern = Type.String({
  minLength: 3,
  maxLength: 200,
  pattern: "^[^\\s/]+/[^\\s/]+$",
  description: "`owner/name`, or a glob over names (`acme/payments-*`): a glob needs a repository listing."
});
var ImportSchema = Type.Object(
  {
    integration: Type.Union(
      IMPORT_INTEGRATIONS.map((t) => Type.Literal(t)),
      { description: "The integration of the org the repositories are imported through (its type)." }
    ),
    repos: Type.Array(RepoPattern, {
      minItems: 1,
      description: "The repositories that must be monitored: `owner/name` or globs (GitHub types only)."
    }),
    exclude: Type.Optional(
      Type.Array(RepoPattern, {
        description: "Repositories the globs of `repos` leave out (`owner/name` or globs)."
      })
    ),
    branch: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 250,
        description: "The branch to import. Default: the repository's default branch, read from GitHub; required for other integrations."
      })
    ),
    files: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 1e3 }), {
        maxItems: MAX_IMPORT_FILES,
        description: "Manifest paths to import; empty or absent: Snyk's own detection."
      })
    )
  },
  { ...strict2, description: "Repositories of one integration that must have a Snyk target in this org." }
);
var Imports = Type.Array(ImportSchema, {
  description: "Repositories that must be monitored in this org. Without this key the org\u2019s targets are not read; targets it does not list are deleted only with prune.imports."
});
function isRepoGlob(pattern) {
  return /[*?[{]/.test(pattern);
}

// src/core/import-repos.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var MATCH = { nocase: true, dot: true };
function ownerOf(pattern) {
  return pattern.slice(0, pattern.indexOf("/")).toLowerCase();
}
function needsListing(entry, pattern) {
  return GITHUB_INTEGRATIONS.includes(entry.integration) && (isRepoGlob(pattern) || entry.branch === void 0);
}
function ownersToList(desired) {
  const owners = /* @__PURE__ */ new Set();
  for (const org of desired.orgs)
    for (const entry of org.imports ?? [])
      for (const pattern of entry.repos) if (needsListing(entry, pattern)) owners.add(ownerOf(pattern));
  return [...owners].sort();
}
function split(fullName) {
  const at = fullName.indexOf("/");
  return { owner: fullName.slice(0, at), name: fullName.slice(at + 1) };
}
function resolveImport(entry, path, listings) {
  const out = { repos: [], issues: [], warnings: [] };
  const excluded = (0, import_picomatch.default)(entry.exclude ?? [], MATCH);
  const seen = /* @__PURE__ */ new Set();
  const add = (repo) => {
    const key = repo.fullName.toLowerCase();
    if (seen.has(key) || (entry.exclude?.length ?? 0) > 0 && excluded(repo.fullName)) return;
    seen.add(key);
    out.repos.push(repo);
  };
  const github = GITHUB_INTEGRATIONS.includes(entry.integration);
  if (!github && entry.branch === void 0) {
    out.issues.push({
      code: "IMPORT_BRANCH_REQUIRED",
      message: `the ${entry.integration} integration has no default branch to read: give \`branch\` (the import needs one)`,
      path
    });
    return out;
  }
  entry.repos.forEach((pattern, k) => {
    const at = [...path, "repos", k];
    if (isRepoGlob(pattern) && !github) {
      out.issues.push({
        code: "IMPORT_GLOB_UNLISTABLE",
        message: `'${pattern}' is a glob, but the ${entry.integration} integration has no repository listing: name each repository as owner/name`,
        path: at
      });
      return;
    }
    if (!needsListing(entry, pattern)) {
      add({ fullName: pattern, ...split(pattern), branch: entry.branch ?? "" });
      return;
    }
    const listing = listings?.[ownerOf(pattern)];
    if (listing === void 0) {
      out.issues.push({
        code: "IMPORT_NEEDS_LISTING",
        message: `'${pattern}' needs the repository list of ${ownerOf(pattern)} (${isRepoGlob(pattern) ? "a glob" : "for its default branch"}): set GITHUB_TOKEN${isRepoGlob(pattern) ? "" : ", or give `branch`"}`,
        path: at
      });
      return;
    }
    const test = (0, import_picomatch.default)(pattern, MATCH);
    const matched = listing.filter((repo) => test(repo.fullName));
    if (matched.length === 0 && !isRepoGlob(pattern)) {
      out.issues.push({
        code: "IMPORT_REPO_UNKNOWN",
        message: `'${pattern}' is not among the repositories GitHub lists for ${ownerOf(pattern)} with this token: check the name, or give \`branch\``,
        path: at
      });
      return;
    }
    for (const repo of matched) {
      if (repo.archived) {
        out.warnings.push({
          code: "import-archived-skipped",
          message: `${repo.fullName} is archived on GitHub: it is not imported (matched by '${pattern}')`
        });
        continue;
      }
      add({ fullName: repo.fullName, ...split(repo.fullName), branch: entry.branch ?? repo.defaultBranch });
    }
  });
  return out;
}

// src/core/org-match.ts
function designation(desired) {
  return desired.id !== void 0 ? `id:${desired.id}` : `slug:${desired.slug}`;
}
function designationsOf(org) {
  return [`id:${org.id}`, `slug:${org.slug}`];
}
function matchOrgs(orgs) {
  const index = /* @__PURE__ */ new Map();
  for (const org of orgs) {
    for (const key of designationsOf(org)) if (!index.has(key)) index.set(key, org);
  }
  return (desired) => index.get(designation(desired));
}

// src/core/kinds/import-job.ts
var POLL_DELAYS_S = [1, 2, 4, 8, 15];
var MAX_IMPORT_WAIT_S = 15 * 60;
function pollDelay(n) {
  return POLL_DELAYS_S[Math.min(n, POLL_DELAYS_S.length - 1)];
}
function maxPolls() {
  let total = 0;
  let n = 0;
  while (total + pollDelay(n) <= MAX_IMPORT_WAIT_S) total += pollDelay(n++);
  return n;
}
function describeProjects(repo, projects) {
  const named = (p) => `${repo}:${p.targetFile || "(repository)"}`;
  const ok = projects.filter((p) => p.success).map(named);
  const failed = projects.filter((p) => !p.success).map(named);
  return {
    created: ok.length === 0 ? "no projects" : `${ok.length === 1 ? "project" : "projects"} ${ok.join(", ")}`,
    failed
  };
}
function outcomeOf(address, repo, job) {
  const { created, failed } = describeProjects(repo, job.projects);
  if (job.status !== "complete")
    throw new ApplyError(
      `${address}: the import job ${job.id} ended '${job.status}'${failed.length > 0 ? ` (failed: ${failed.join(", ")})` : ""}; created ${created}`
    );
  if (failed.length > 0)
    throw new ApplyError(`${address}: imported ${created}, but these failed: ${failed.join(", ")}`);
  const none = job.projects.length === 0 ? " (Snyk found no manifest to monitor in the repository)" : "";
  return { notice: `${address}: imported ${created}${none}` };
}
function explainRefusal(address, integrationType, error) {
  if (integrationType !== PERSONAL_TOKEN_INTEGRATION || statusOf(error) !== 401) return error;
  return new ApplyError(
    `${address}: Snyk refused the import with 401: imports through the github integration take only a personal token (not a service account's or an OAuth token); use one, or the github-cloud-app integration`,
    "APPLY_FAILED",
    error
  );
}
async function runImport(address, { client, ctx }, t) {
  let jobId;
  try {
    ({ jobId } = await client.importRepository(t.orgId, t.integrationId, {
      owner: t.owner,
      name: t.name,
      branch: t.branch,
      files: t.files
    }));
  } catch (error) {
    throw explainRefusal(address, t.integrationType, error);
  }
  const polls = maxPolls();
  for (let n = 0; n < polls; n++) {
    await ctx.sleep(pollDelay(n) * 1e3);
    const job = await client.getImportJob(t.orgId, t.integrationId, jobId);
    if (job.status !== "pending") return outcomeOf(address, `${t.owner}/${t.name}`, job);
    ctx.progress?.(`${address}: import job ${jobId} still pending (poll ${n + 1} of at most ${polls})`);
  }
  throw new ApplyError(
    `${address}: the import job ${jobId} was still pending after ${MAX_IMPORT_WAIT_S / 60} minutes; it may still finish in Snyk (plan again later to see)`
  );
}

// src/core/kinds/org-list-simulation.ts
function simulateOrgList(field, idKey, entryOf) {
  return (live, change) => {
    const org = findOrgOf(live.orgs, change.target);
    if (org === void 0) return;
    const entries2 = org[field] ?? [];
    const next = change.action === "delete" ? entries2.filter((entry) => entry.id !== change.target[idKey]) : [...entries2, { id: `sim:${change.address}`, ...entryOf(change.target) }];
    org[field] = next;
  };
}

// src/core/kinds/import.ts
var targets8 = {
  create: orgScoped({
    integrationType: Text,
    owner: Text,
    name: Text,
    branch: Text,
    files: Type.Array(Text, { maxItems: MAX_IMPORT_FILES })
  }),
  delete: orgScoped({ targetId: Id, name: Text, integrationType: Text })
};
var keyOf = (integrationType, name) => `${integrationType}\0${name.toLowerCase()}`;
function createChange(binding, type, repo, files) {
  return {
    action: "create",
    kind: "import",
    address: importAddress(binding.slug, type, repo.fullName),
    before: null,
    after: { integration: type, repo: repo.fullName, branch: repo.branch, files },
    patch: [],
    dependsOn: orgDependencies(binding),
    target: {
      ...orgTarget(binding),
      integrationType: type,
      owner: repo.owner,
      name: repo.name,
      branch: repo.branch,
      files
    }
  };
}
function deleteChange(binding, orgId, target2) {
  return {
    action: "delete",
    kind: "import",
    address: importAddress(binding.slug, target2.integrationType, target2.name),
    before: { integration: target2.integrationType, repo: target2.name },
    after: null,
    patch: [],
    dependsOn: [],
    target: { orgId, targetId: target2.id, name: target2.name, integrationType: target2.integrationType },
    note: "Deleting a target deletes its projects and their history in Snyk."
  };
}
function wantedOf(ctx, binding) {
  const wanted = /* @__PURE__ */ new Map();
  const resolved = [];
  const at = (j) => ["orgs", binding.index, "imports", j];
  (binding.desired.imports ?? []).forEach((entry, j) => {
    const result = resolveImport(entry, at(j), ctx.live.repositories);
    resolved.push(result);
    for (const repo of result.repos) {
      const key = keyOf(entry.integration, repo.fullName);
      const first = wanted.get(key);
      if (first === void 0) {
        wanted.set(key, { type: entry.integration, repo, files: entry.files ?? [], entry: j });
        continue;
      }
      if (first.entry === j) continue;
      result.issues.push({
        code: "IMPORT_LISTED_TWICE",
        message: `${repo.fullName} is named by two entries of the ${entry.integration} integration in org ${binding.slug}: name it in one`,
        path: at(j),
        related: [{ what: "the other entry", path: at(first.entry) }]
      });
    }
  });
  return { wanted, resolved };
}
var integrationReads = /* @__PURE__ */ new WeakMap();
function integrationsOf(ctx, orgId, read) {
  const byOrg = integrationReads.get(ctx) ?? /* @__PURE__ */ new Map();
  integrationReads.set(ctx, byOrg);
  let pending = byOrg.get(orgId);
  if (pending === void 0) {
    pending = read();
    pending.catch(() => byOrg.delete(orgId));
    byOrg.set(orgId, pending);
  }
  return pending;
}
var importKind = defineKind("import", targets8).with({
  noun: { one: "repository import", many: "repository imports" },
  // Imports run last in an org, after its integration settings and webhooks are in place.
  phase: { create: 58, delete: 53 },
  reads: {
    // Only orgs that list `imports` have their targets read: thousands of orgs, a few with imports.
    org: (_desired, want, org) => orgFieldRead(want, "imports", org, "targets", (client, orgId) => client.listOrgTargets(orgId))
  },
  plan(ctx) {
    const result = emptyResult();
    const personalTokenNeeded = /* @__PURE__ */ new Set();
    for (const binding of plannableOrgs(ctx)) {
      if (binding.desired.imports === void 0) continue;
      const { wanted, resolved } = wantedOf(ctx, binding);
      for (const r of resolved) {
        result.issues.push(...r.issues);
        result.warnings.push(...r.warnings);
      }
      const live = binding.live?.targets ?? [];
      const have = new Set(live.map((t) => keyOf(t.integrationType, t.name)));
      for (const [key, { type, repo, files }] of wanted) {
        if (have.has(key)) continue;
        result.changes.push(createChange(binding, type, repo, files));
        if (type === PERSONAL_TOKEN_INTEGRATION) personalTokenNeeded.add(binding.slug);
      }
      if (ctx.desired.prune.imports !== true || binding.live === void 0) continue;
      const managed = new Set(binding.desired.imports.map((e) => e.integration));
      for (const target2 of live) {
        if (managed.has(target2.integrationType) && !wanted.has(keyOf(target2.integrationType, target2.name)))
          result.changes.push(deleteChange(binding, binding.live.id, target2));
      }
    }
    if (personalTokenNeeded.size > 0 && ctx.live.self.type === "service_account")
      result.warnings.push({
        code: "import-needs-personal-token",
        message: `the token is a service account's, and imports through the github integration take only a personal token (Snyk answers 401): the imports of org ${[...personalTokenNeeded].join(", ")} will fail; use a personal token or the github-cloud-app integration`
      });
    return result;
  },
  apply: {
    create: async (change, { client, ctx }) => {
      const orgId = orgIdOf(change.target, change.address, ctx);
      const t = change.target;
      const integrationId = (await integrationsOf(ctx, orgId, () => client.listIntegrations(orgId)))[t.integrationType];
      if (integrationId === void 0)
        throw new ApplyError(
          `${change.address}: the org has no ${t.integrationType} integration to import through`
        );
      return runImport(change.address, { client, ctx }, { orgId, integrationId, ...t });
    },
    delete: deleteListedInOrg(
      (t) => t.targetId,
      (client, orgId, id) => client.deleteOrgTarget(orgId, id),
      (client, orgId) => client.listOrgTargets(orgId)
    )
  },
  simulate: simulateOrgList("targets", "targetId", (t) => ({
    name: `${t.owner}/${t.name}`,
    integrationType: t.integrationType
  })),
  // The targets prune could delete: those of the integrations each org's imports name.
  countLive(live, desired) {
    const match = matchOrgs(live.orgs);
    return desired.orgs.reduce((sum, want) => {
      const types = new Set((want.imports ?? []).map((e) => e.integration));
      const targets18 = match(want)?.targets ?? [];
      return sum + targets18.filter((t) => types.has(t.integrationType)).length;
    }, 0);
  },
  // Targets are not exported: which repositories an org monitors is the file's decision, and
  // a listing of thousands of targets would be no reviewable file.
  export: () => void 0
});

// src/core/kinds/template-source.ts
function liveTemplateOf(desired, live, want) {
  const match = matchOrgs(live.orgs);
  const seen = /* @__PURE__ */ new Set([want.slug]);
  let slug = want.template;
  while (slug !== void 0 && !seen.has(slug)) {
    seen.add(slug);
    const inFile = desired.orgs.find((o) => o.slug === slug);
    const found = inFile !== void 0 ? match(inFile) : live.orgs.find((o) => o.slug === slug);
    if (found !== void 0) return found;
    slug = inFile?.template;
  }
  return void 0;
}

// src/core/kinds/clone-source-reads.ts
var sourcesOf = (want) => Object.values(want.integrations ?? {}).flatMap(
  (spec) => spec.from === void 0 ? [] : [spec.from]
);
function cloneSourceReads(desired, live) {
  const slugs = new Set(desired.orgs.flatMap(sourcesOf));
  if (slugs.size === 0) return [];
  const match = matchOrgs(live.orgs);
  const entries2 = new Map(desired.orgs.map((o) => [o.slug, o]));
  const readByItsEntry = (org) => desired.orgs.some((o) => o.integrations !== void 0 && match(o) === org);
  const holders = /* @__PURE__ */ new Map();
  for (const slug of slugs) {
    const entry = entries2.get(slug);
    const found = entry !== void 0 ? match(entry) : live.orgs.find((o) => o.slug === slug);
    const holder = found ?? (entry === void 0 ? void 0 : liveTemplateOf(desired, live, entry));
    if (holder !== void 0 && !readByItsEntry(holder)) holders.set(holder.id, holder);
  }
  return [...holders.values()].map(integrationListRead);
}
function integrationListRead(org) {
  return liveRead(
    orgAddress(org.slug).at("integrations"),
    (client) => client.listIntegrations(org.id),
    (list) => {
      org.integrations = list;
    }
  );
}

// src/core/kinds/clone-source.ts
var fromOf = (binding, type) => binding.desired.integrations?.[type]?.from;
function cloneSupplyOf(ctx, slug, type, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(slug)) return { found: "lacks" };
  const binding = ctx.orgs.find((b) => b.slug === slug);
  if (binding === void 0) {
    const live = ctx.live.orgs.find((o) => o.slug === slug);
    if (live === void 0) return { found: "unknown" };
    return fromList(live.integrations, { orgId: live.id }, type, []);
  }
  if (binding.live === void 0 && binding.createdBy === void 0) return { found: "unknown" };
  const holder = binding.live ?? liveTemplateOf(ctx.desired, ctx.live, binding.desired);
  const created = binding.createdBy === void 0 ? [] : [binding.createdBy];
  if (holder !== void 0) {
    const supply = fromList(holder.integrations, orgTarget(binding), type, created);
    if (supply.found === "yes") {
      if (binding.live === void 0) delete supply.source.integrationId;
      return supply;
    }
  }
  const next = fromOf(binding, type);
  if (next === void 0) return { found: "lacks" };
  const chained = cloneSupplyOf(ctx, next, type, /* @__PURE__ */ new Set([...seen, slug]));
  if (chained.found !== "yes") return { found: "lacks" };
  return {
    found: "yes",
    source: { org: orgTarget(binding), dependsOn: [integrationAddress(binding.slug, type)] }
  };
}
function fromList(list, org, type, dependsOn) {
  if (list === void 0) return { found: "yes", source: { org, dependsOn } };
  const id = list[type];
  return id === void 0 ? { found: "lacks" } : { found: "yes", source: { org, integrationId: id, dependsOn } };
}

// src/core/kinds/integration-names.ts
var ALIASES = [
  ["manualRemediationPrs", "usePatchRemediation", "useManualPatchRemediation"]
];
function alignSettingNames(wanted, live) {
  let out = wanted;
  for (const [parent, specName, realName] of ALIASES) {
    const want = wanted[parent];
    if (!isPlainObject(want) || !(specName in want) || realName in want) continue;
    const have = isPlainObject(live) ? live[parent] : void 0;
    if (isPlainObject(have) && specName in have && !(realName in have)) continue;
    const { [specName]: value, ...rest } = want;
    out = { ...out, [parent]: { ...rest, [realName]: value } };
  }
  return out;
}

// src/core/kinds/integration-clone.ts
var cloneTarget = orgScoped({
  integrationType: Text,
  sourceOrgId: Type.Optional(Id),
  sourceOrgSlug: Type.Optional(Text),
  sourceIntegrationId: Type.Optional(Id)
});
function planClones(ctx, wishes) {
  const changes = [];
  const failed = /* @__PURE__ */ new Map();
  for (const wish of wishes) {
    const supply = cloneSupplyOf(ctx, wish.from, wish.type, /* @__PURE__ */ new Set([wish.binding.slug]));
    if (supply.found === "yes") {
      changes.push(cloneChange(wish, supply.source));
      continue;
    }
    const key = `${wish.type}\0${wish.from}`;
    const entry = failed.get(key) ?? { wish, unknown: supply.found === "unknown", orgs: [] };
    entry.orgs.push(wish.binding.slug);
    failed.set(key, entry);
  }
  const issues = [...failed.values()].map(
    ({ wish, unknown, orgs }) => unknown ? unknownSource(ctx, wish) : emptySource(wish, orgs)
  );
  return { changes, issues };
}
function cloneChange(wish, source) {
  const { binding, type, from } = wish;
  const settings = toJson(wish.settings ?? {});
  const after = Object.keys(settings).length === 0 ? { from } : { from, settings };
  const named = "orgId" in source.org ? { sourceOrgId: source.org.orgId } : { sourceOrgSlug: source.org.orgSlug };
  return {
    action: "create",
    kind: "integration_settings",
    address: integrationAddress(binding.slug, type),
    before: null,
    after,
    patch: [],
    dependsOn: [.../* @__PURE__ */ new Set([...orgDependencies(binding), ...source.dependsOn])].sort(compareAddresses),
    note: Object.keys(settings).length === 0 ? `Cloned from org '${from}': its ${type} integration, with its credentials and settings.` : `Cloned from org '${from}': its ${type} integration, with its credentials and settings; then the listed settings are written.`,
    target: {
      ...orgTarget(binding),
      integrationType: type,
      ...named,
      ...source.integrationId === void 0 ? {} : { sourceIntegrationId: source.integrationId }
    }
  };
}
var fromPath = (wish) => ["orgs", wish.binding.index, "integrations", wish.type, "from"];
function unknownSource(ctx, wish) {
  const slugs = [...ctx.orgs.map((b) => b.slug), ...ctx.live.orgs.map((o) => o.slug)];
  return {
    code: "UNKNOWN_CLONE_SOURCE",
    message: `'${wish.from}' is no org of the group, nor one this plan creates: no ${wish.type} integration can be cloned from it.${didYouMean(wish.from, slugs)}`,
    address: integrationAddress(wish.binding.slug, wish.type),
    path: fromPath(wish)
  };
}
function emptySource(wish, orgs) {
  const shown = orgs.slice(0, 3).map((slug) => `'${slug}'`);
  const more = orgs.length > 3 ? ` and ${orgs.length - 3} more` : "";
  return {
    code: "CLONE_SOURCE_LACKS",
    message: `${orgs.length === 1 ? "Org" : "Orgs"} ${shown.join(", ")}${more} ${orgs.length === 1 ? "lacks" : "lack"} a ${wish.type} integration, to be cloned from '${wish.from}', which has none either: connect it in '${wish.from}' first, or name another org in \`from\`.`,
    address: integrationAddress(wish.binding.slug, wish.type),
    path: fromPath(wish)
  };
}
function settingsOf(change) {
  return change.after?.settings ?? {};
}
function sourceOrgIdOf(t, address, env) {
  if (t.sourceOrgId !== void 0) return t.sourceOrgId;
  if (t.sourceOrgSlug === void 0)
    throw new ApplyError(`${address}: the change names no org to clone from`);
  return orgIdOf({ orgSlug: t.sourceOrgSlug }, address, env.ctx);
}
async function applyClone(change, env) {
  const { target: t, address } = change;
  const { client } = env;
  const type = t.integrationType;
  const orgId = orgIdOf(t, address, env.ctx);
  const sourceOrgId = sourceOrgIdOf(t, address, env);
  const sourceId = t.sourceIntegrationId ?? (await client.listIntegrations(sourceOrgId))[type];
  if (sourceId === void 0)
    throw new ApplyError(
      `${address}: org '${change.after?.from ?? sourceOrgId}' has no ${type} integration to clone any more`
    );
  let id;
  const outcome = await createOnce(
    async () => {
      id = await client.cloneIntegration(sourceOrgId, sourceId, orgId);
    },
    // A lost answer, or a 409 because the org has the type now: present means done.
    async () => {
      id = (await client.listIntegrations(orgId))[type];
      return id !== void 0;
    }
  );
  id ??= (await client.listIntegrations(orgId))[type];
  if (id === void 0)
    throw new ApplyError(`${address}: Snyk answered the clone, but the org lists no ${type} integration`);
  const listed = settingsOf(change);
  if (Object.keys(listed).length > 0) await writeSettings(client, orgId, id, listed);
  return outcome;
}
async function writeSettings(client, orgId, integrationId, listed) {
  const live = await client.getIntegrationSettings(orgId, integrationId);
  const wanted = alignSettingNames(listed, live);
  if (diffSettings(wanted, live) === void 0) return;
  await client.updateIntegrationSettings(
    orgId,
    integrationId,
    mergeDeep(live, wanted)
  );
}
function simulateClone(live, change) {
  const org = findOrgOf(live.orgs, change.target);
  if (org === void 0) return;
  const type = change.target.integrationType;
  org.integrations = { ...org.integrations, [type]: `sim:${change.address}` };
  const all = org.integrationSettings ?? {};
  all[type] = mergeSettings({}, settingsOf(change));
  org.integrationSettings = all;
}

// src/core/kinds/integration-settings.ts
var targets9 = {
  create: cloneTarget,
  update: orgScoped({ integrationType: Text, integrationId: Type.Optional(Id) })
};
var MISSING = "INTEGRATION_MISSING";
var listedOf = (want) => want.integrations ?? {};
var hasSettings = (spec) => spec?.settings !== void 0 && Object.keys(spec.settings).length > 0;
function integrationsRead(want, org) {
  return liveRead(
    orgAddress(want.slug).at("integrations"),
    async (client) => {
      const list = await client.listIntegrations(org.id);
      const types = Object.entries(listedOf(want)).filter(
        ([type, spec]) => list[type] !== void 0 && spec.settings !== void 0
      );
      const settings = await Promise.all(
        types.map(
          async ([type]) => [type, await client.getIntegrationSettings(org.id, list[type])]
        )
      );
      return { list, settings: Object.fromEntries(settings) };
    },
    ({ list, settings }) => {
      org.integrations = list;
      org.integrationSettings = settings;
    }
  );
}
function missing(binding, type, why) {
  return {
    code: MISSING,
    message: `Org '${binding.slug}' has no ${type} integration${why}; adding one needs SCM credentials, which never go in this file: connect it in Snyk, or name an org to clone it from with 'from'; its settings are managed from then on.`,
    address: integrationAddress(binding.slug, type)
  };
}
function planOrg(ctx, binding, result, clones) {
  const live = binding.live;
  const source = live ?? liveTemplateOf(ctx.desired, ctx.live, binding.desired);
  const types = source?.integrations ?? {};
  for (const [type, spec] of Object.entries(listedOf(binding.desired))) {
    const id = types[type];
    if (id === void 0 && spec.from !== void 0) {
      clones.push({ binding, type, from: spec.from, settings: spec.settings });
      continue;
    }
    if (id === void 0) {
      const why = live !== void 0 ? "" : source === void 0 ? " (it is created without a template to copy integrations from)" : ` (it is created from '${source.slug}', which has none)`;
      result.warnings.push(missing(binding, type, why));
      continue;
    }
    if (!hasSettings(spec)) continue;
    const current = live?.integrationSettings?.[type];
    const wanted = alignSettingNames(spec.settings, current);
    const change = settingsChange(wanted, live && { current });
    if (change === void 0) continue;
    result.changes.push({
      action: "update",
      kind: "integration_settings",
      address: integrationAddress(binding.slug, type),
      dependsOn: orgDependencies(binding),
      ...change,
      target: { ...orgTarget(binding), integrationType: type, ...live && { integrationId: id } },
      ...live === void 0 && {
        note: `Written once the org exists: Snyk copies the integrations of '${source.slug}' into it, and their live settings cannot be read before.`
      }
    });
  }
}
var integrationSettingsKind = defineKind("integration_settings", targets9).with({
  noun: { one: "integration", many: "integrations" },
  phase: { create: 34, update: 35 },
  reads: {
    org: (_desired, want, org) => want.integrations === void 0 ? [] : [integrationsRead(want, org)],
    // The template of an org this plan creates: which integrations the new org will have. Not
    // needed when the template's own entry lists integrations (its read has the list).
    afterOrgs(desired, live) {
      const match = matchOrgs(live.orgs);
      const templates = desired.orgs.flatMap((want) => {
        if (want.integrations === void 0 || match(want) !== void 0) return [];
        const source = liveTemplateOf(desired, live, want);
        if (source === void 0) return [];
        const entry = desired.orgs.find((o) => match(o) === source);
        if (entry?.integrations !== void 0) return [];
        return [integrationListRead(source)];
      });
      return [...templates, ...cloneSourceReads(desired, live)];
    }
  },
  plan(ctx) {
    const result = emptyResult();
    const clones = [];
    for (const binding of plannableOrgs(ctx)) {
      if (binding.desired.integrations !== void 0) planOrg(ctx, binding, result, clones);
    }
    const cloned = planClones(ctx, clones);
    result.changes.push(...cloned.changes);
    result.issues.push(...cloned.issues);
    return result;
  },
  apply: {
    create: applyClone,
    // Read just before writing: the PUT carries every key, the unlisted ones with their values
    // of this moment. A new org's integration id is learned here.
    update: async ({ target: t, address, after }, { client, ctx }) => {
      const orgId = orgIdOf(t, address, ctx);
      const id = t.integrationId ?? (await client.listIntegrations(orgId))[t.integrationType];
      if (id === void 0)
        throw new ApplyError(
          `${address}: the org has no ${t.integrationType} integration (its template gave it none)`
        );
      const live = await client.getIntegrationSettings(orgId, id);
      return written(
        client.updateIntegrationSettings(orgId, id, mergeDeep(live, after))
      );
    }
  },
  simulate(live, change) {
    if (change.action === "create") return simulateClone(live, change);
    const org = findOrgOf(live.orgs, change.target);
    if (org === void 0) return;
    const type = change.target.integrationType;
    const all = org.integrationSettings ?? {};
    all[type] = mergeSettings(all[type], change.after);
    org.integrationSettings = all;
  },
  countLive: (live) => live.orgs.reduce((sum, org) => sum + Object.keys(org.integrationSettings ?? {}).length, 0),
  export(live, draft) {
    for (const org of live.orgs) {
      const entry = draft.org(org.id);
      if (entry === void 0 || org.integrations === void 0) continue;
      const out = {};
      for (const type of Object.keys(org.integrations).sort()) {
        if (!INTEGRATION_TYPES.includes(type)) {
          draft.model.skipped.push(
            `integration ${type} of org ${org.slug} (not a type the config format knows)`
          );
          continue;
        }
        const settings = org.integrationSettings?.[type];
        if (settings !== void 0)
          out[type] = { settings: pickBySchema(settings, IntegrationSettingsSchema) };
      }
      if (Object.keys(out).length > 0) entry.integrations = out;
    }
  }
});

// src/core/kinds/notification-settings.ts
var REQUIRED = {
  "new-issues-remediations": ["enabled", "issueSeverity", "issueType"]
};
function notificationBody(live, after, address) {
  const body = {};
  for (const [event, wanted] of Object.entries(isPlainObject(after) ? after : {})) {
    const { inherited: _inherited, ...current } = isPlainObject(live[event]) ? live[event] : {};
    const merged = { ...current, ...wanted };
    const lacking = (REQUIRED[event] ?? ["enabled"]).filter((key) => merged[key] === void 0);
    if (lacking.length > 0)
      throw new ApplyError(
        `${address}: Snyk has no value for ${lacking.map((k) => `${event}.${k}`).join(", ")} to keep; list ${lacking.length === 1 ? "it" : "them"} in the file`
      );
    body[event] = merged;
  }
  return body;
}
var notificationSettingsKind = settingsPartKind({
  kind: "notification_settings",
  noun: { one: "notification settings", many: "notification settings" },
  phase: 36,
  part: "notifications",
  read: (client, orgId) => client.getNotificationSettings(orgId),
  write: async (client, orgId, { address, after }) => client.updateNotificationSettings(
    orgId,
    notificationBody(await client.getNotificationSettings(orgId), after, address)
  )
});

// src/core/kinds/org-create.ts
function deriveSlug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
var HOLDER_WAITS_MS = [0, 1e3, 2e3, 4e3, 8e3, 15e3, 15e3, 15e3];
function createOrgOnce(want, env) {
  const queue = env.ctx.orgCreates;
  const run = (queue.get(want.name) ?? Promise.resolve()).then(() => createOrg(want, env));
  queue.set(
    want.name,
    run.then(
      () => void 0,
      () => void 0
    )
  );
  return run;
}
async function createOrg(want, env) {
  const { client, ctx } = env;
  const recalled = await recallCreate(want, env);
  if (recalled !== void 0) {
    return adopt(want, recalled, env, {
      confirmed: true,
      notice: `${want.address}: an earlier run on this machine created org '${want.name}' (id ${recalled.id}) and Snyk did not list it yet: using it rather than creating another`
    });
  }
  const since = await findCreatedSincePlan(want, env);
  if (since !== void 0) {
    return adopt(want, since, env, {
      confirmed: true,
      notice: `${want.address}: org '${want.name}' (id ${since.id}) was created after the plan was made (by another apply?): using it rather than creating another`
    });
  }
  let own;
  try {
    own = await client.createOrg(
      {
        name: want.name,
        groupId: ctx.groupId,
        ...want.sourceOrgId ? { sourceOrgId: want.sourceOrgId } : {}
      },
      // Remembered the moment Snyk answers: a crash from here on leaves a re-run able to find it.
      async (orgId) => ctx.journal?.record({ groupId: ctx.groupId, orgId, name: want.name })
    );
  } catch (error) {
    if (!isAmbiguousCreate(error)) throw error;
    const landed = await findCreatedSincePlan(want, env);
    if (landed === void 0) throw error;
    return adopt(want, landed, env, { confirmed: true });
  }
  ctx.knownOrgIds.add(own.id);
  return settleDuplicate(want, own, env);
}
async function recallCreate(want, { client, ctx }) {
  const entry = await ctx.journal?.recall(ctx.groupId, want.name);
  if (entry === void 0 || ctx.knownOrgIds.has(entry.orgId)) return void 0;
  client.noteCreatedOrg(entry.orgId, entry.at);
  try {
    const org = await client.getOrg(entry.orgId);
    if (org.name === want.name) return org;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  await ctx.journal?.forget(ctx.groupId, entry.orgId);
  return void 0;
}
async function findCreatedSincePlan(want, { client, ctx }) {
  const fresh = (org) => !ctx.knownOrgIds.has(org.id) && org.name === want.name;
  if (deriveSlug(want.name) === want.slug) {
    return (await client.findGroupOrgs(ctx.groupId, { slug: want.slug })).find(fresh);
  }
  const namesakes = (await client.findGroupOrgs(ctx.groupId, { name: want.name })).filter(fresh);
  return namesakes.sort(byAge)[0];
}
function byAge(a, b) {
  const at = (org) => org.createdAt === void 0 ? Number.POSITIVE_INFINITY : Date.parse(org.createdAt);
  return at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
async function settleDuplicate(want, own, env) {
  const { client, ctx } = env;
  if (own.slug === want.slug || deriveSlug(want.name) !== want.slug) return adopt(want, own, env, {});
  const holder = await waitForHolder(want, env);
  if (holder === void 0 || holder.name !== want.name || ctx.knownOrgIds.has(holder.id)) {
    const why = holder === void 0 ? `an org not listed yet holds the slug '${want.slug}': if another apply created it at the same time, delete one of the two` : void 0;
    return adopt(want, own, env, why === void 0 ? {} : { notice: why });
  }
  try {
    await client.deleteOrg(own.id);
  } catch (error) {
    throw new ApplyError(
      `${want.address}: another apply created org '${want.name}' at the same time (id ${holder.id}, slug '${holder.slug}'); deleting this run's copy (id ${own.id}) failed: ${error instanceof Error ? error.message : String(error)}. Delete it by hand.`,
      "ORG_DUPLICATE",
      error
    );
  }
  await ctx.journal?.forget(ctx.groupId, own.id);
  return adopt(want, holder, env, {
    notice: `${want.address}: another apply created org '${want.name}' at the same time: this run deleted its own copy (id ${own.id}) and uses the org with the slug '${holder.slug}' (id ${holder.id})`
  });
}
async function waitForHolder(want, { client, ctx }) {
  for (const ms of HOLDER_WAITS_MS) {
    if (ms > 0) await ctx.sleep(ms);
    const [holder] = await client.findGroupOrgs(ctx.groupId, { slug: want.slug });
    if (holder !== void 0) return holder;
  }
  return void 0;
}
function adopt(want, org, { ctx }, outcome) {
  ctx.orgIdsBySlug.set(want.slug, org.id);
  ctx.knownOrgIds.add(org.id);
  if (org.slug === want.slug) return outcome;
  const slug = `Snyk gave org '${want.name}' the slug '${org.slug}', not '${want.slug}': write slug: ${org.slug} in the file`;
  return { ...outcome, notice: outcome.notice === void 0 ? slug : `${outcome.notice}; ${slug}` };
}

// src/core/kinds/org-duplicates.ts
function suspectedDuplicates(bindings, liveOrgs) {
  const bound = new Set(bindings.flatMap((b) => b.live === void 0 ? [] : [b.live.id]));
  const byName = /* @__PURE__ */ new Map();
  for (const org of liveOrgs) {
    if (bound.has(org.id)) continue;
    byName.set(org.name, [...byName.get(org.name) ?? [], org]);
  }
  const warnings = [];
  for (const { live, slug, desired } of bindings) {
    if (live === void 0 || desired.id !== void 0) continue;
    for (const other of byName.get(live.name) ?? []) {
      if (!other.slug.startsWith(`${slug}-`)) continue;
      warnings.push({
        code: "ORG_DUPLICATE_SUSPECTED",
        message: `The group has another org named '${live.name}', with the slug '${other.slug}' (id ${other.id}), which the file does not list. If an apply that created this org at the same time as another was stopped before removing its copy, delete it; otherwise list it in the file.`,
        address: orgAddress(slug)
      });
    }
  }
  return warnings;
}

// src/core/kinds/org.ts
var targets10 = {
  create: target({
    groupId: Id,
    name: Text,
    orgSlug: Text,
    templateOrgId: Type.Optional(Id),
    templateSlug: Type.Optional(Text)
  }),
  update: target({ orgId: Id, name: Text }),
  delete: target({ orgId: Id })
};
function templateTarget(ctx, binding) {
  const slug = binding.desired.template;
  if (slug === void 0) return { target: {}, dependsOn: [] };
  const inFile = ctx.orgs.find((other) => other.slug === slug);
  if (inFile?.live !== void 0) return { target: { templateOrgId: inFile.live.id }, dependsOn: [] };
  if (inFile?.createdBy !== void 0)
    return { target: { templateSlug: slug }, dependsOn: [inFile.createdBy] };
  const live = ctx.live.orgs.find((org) => org.slug === slug);
  return { target: live === void 0 ? {} : { templateOrgId: live.id }, dependsOn: [] };
}
function planCreate(ctx, binding) {
  const name = binding.desired.name ?? binding.slug;
  const template = templateTarget(ctx, binding);
  const after = { name, slug: binding.slug };
  if (binding.desired.template !== void 0) after.template = binding.desired.template;
  return {
    action: "create",
    kind: "org",
    address: orgAddress(binding.slug),
    before: null,
    after,
    patch: [],
    dependsOn: template.dependsOn,
    // orgSlug lets apply resolve the new org's id for the changes that depend on it.
    target: { groupId: ctx.desired.group.id, name, orgSlug: binding.slug, ...template.target }
  };
}
function planBound(ctx, binding, result) {
  const { desired, live } = binding;
  const address = orgAddress(binding.slug);
  if (live === void 0) {
    if (binding.createdBy === void 0) return;
    result.changes.push(planCreate(ctx, binding));
    const derived = deriveSlug(desired.name ?? "");
    if (derived !== binding.slug) {
      result.warnings.push({
        code: "ORG_SLUG_MISMATCH",
        message: `Snyk derives the slug '${derived}' from the name '${desired.name}', not '${binding.slug}': after apply, write the slug Snyk reports into the file.`,
        address
      });
    }
    return;
  }
  if (desired.name !== void 0 && desired.name !== live.name) {
    result.changes.push({
      action: "update",
      kind: "org",
      address,
      ...updateOf({ name: live.name }, { name: desired.name }),
      dependsOn: [],
      target: { orgId: live.id, name: desired.name }
    });
  }
  if (live.slug !== binding.slug) {
    result.warnings.push({
      code: "ORG_SLUG_DIFFERS",
      message: `The org pinned by id ${live.id} has the slug '${live.slug}' in Snyk, not '${binding.slug}' (a slug cannot be changed through the API).`,
      address
    });
  }
}
async function orgPresent(client, orgId) {
  try {
    await client.getOrg(orgId);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
var orgKind = defineKind("org", targets10).with({
  noun: { one: "org", many: "orgs" },
  phase: { create: 20, update: 30, delete: 70 },
  // The group's org list is read for every plan, by the reader itself: binding needs it.
  reads: {},
  plan(ctx) {
    const result = emptyResult();
    for (const binding of ctx.orgs) planBound(ctx, binding, result);
    if (!ctx.desired.prune.orgs) result.warnings.push(...suspectedDuplicates(ctx.orgs, ctx.live.orgs));
    if (!ctx.desired.prune.orgs) return result;
    const kept = new Set(
      ctx.orgs.flatMap((binding) => binding.live === void 0 ? [] : [binding.live.id])
    );
    for (const live of ctx.live.orgs) {
      if (kept.has(live.id)) continue;
      result.changes.push({
        action: "delete",
        kind: "org",
        address: orgAddress(live.slug),
        before: { name: live.name, slug: live.slug },
        after: null,
        patch: [],
        dependsOn: [],
        target: { orgId: live.id },
        note: "Deleting an org destroys its projects and history."
      });
    }
    return result;
  },
  apply: {
    create: ({ target: t, address }, env) => {
      const sourceOrgId = t.templateOrgId ?? (t.templateSlug ? env.ctx.orgIdsBySlug.get(t.templateSlug) : void 0);
      return createOrgOnce(
        { address, name: t.name, slug: t.orgSlug, ...sourceOrgId ? { sourceOrgId } : {} },
        env
      );
    },
    update: ({ target: t, address }, { client, ctx }) => written(client.updateOrg(orgIdOf(t, address, ctx), { name: t.name })),
    delete: ({ target: t, address }, { client, ctx }) => {
      const orgId = orgIdOf(t, address, ctx);
      return deleteOnce(
        address,
        () => client.deleteOrg(orgId),
        () => orgPresent(client, orgId)
      );
    }
  },
  simulate(live, change) {
    if (change.action === "create") {
      const { name, orgSlug: slug } = change.target;
      live.orgs.push({ id: `sim:${change.address}`, name, slug, settings: {}, members: [], pending: [] });
    } else if (change.action === "update") {
      const org = live.orgs.find((o) => o.id === change.target.orgId);
      if (org !== void 0) org.name = change.target.name;
    } else {
      live.orgs = live.orgs.filter((o) => o.id !== change.target.orgId);
    }
  },
  countLive: (live) => live.orgs.length,
  prepareDrift(desired, live) {
    const missing2 = [];
    const match = matchOrgs(live.orgs);
    desired.orgs = desired.orgs.filter((org) => {
      if (match(org) !== void 0) return true;
      const value = { slug: org.slug };
      if (org.name !== void 0) value.name = org.name;
      if (org.id !== void 0) value.id = org.id;
      missing2.push({ kind: "org", address: orgAddress(org.slug), desired: value });
      return false;
    });
    return missing2;
  },
  export(live, draft) {
    for (const org of [...live.orgs].sort((a, b) => compareText(a.slug, b.slug))) {
      if (!EXPORT_PATTERNS.slug.test(org.slug)) {
        draft.model.skipped.push(
          `org ${org.id} (its slug '${org.slug}' is not a valid slug in the config format)`
        );
        continue;
      }
      draft.model.orgs.push({
        slug: org.slug,
        id: org.id,
        ...EXPORT_PATTERNS.name(org.name) ? { name: org.name } : {}
      });
    }
  }
});

// src/core/kinds/org-membership.ts
var ORG_ADMIN = "Org Admin";
var targets11 = {
  create: orgScoped(MEMBERSHIP_IDS.create),
  update: orgScoped(MEMBERSHIP_IDS.update),
  delete: orgScoped(MEMBERSHIP_IDS.delete)
};
function orgScopes(ctx) {
  return plannableOrgs(ctx).flatMap((binding) => {
    const members = binding.desired.members;
    if (members === void 0) return [];
    return [
      {
        kind: "org_membership",
        target: orgTarget(binding),
        dependsOn: orgDependencies(binding),
        roleScope: "org",
        path: ["orgs", binding.index, "members"],
        desired: members,
        live: binding.live === void 0 ? void 0 : binding.live.members ?? [],
        prune: ctx.desired.prune.orgMembers,
        address: (label) => orgMemberAddress(binding.slug, label)
      }
    ];
  });
}
var orgMembershipKind = defineKind("org_membership", targets11).with({
  noun: { one: "org membership", many: "org memberships" },
  phase: { create: 50, update: 50, delete: 60 },
  reads: {
    group: (desired) => desired.orgs.some((o) => o.members !== void 0) ? [orgRolesRead(desired), groupDirectoryRead(desired, { managed: false })] : [],
    org: (_desired, want, org) => want.members === void 0 ? [] : [
      liveRead(
        orgAddress(want.slug).at("members"),
        (client) => client.listOrgMemberships(org.id),
        (members, live, intern) => {
          org.members = members.map(
            ({ user: _user, ...m }) => ({
              ...m,
              userId: intern(m.userId),
              roleId: intern(m.roleId),
              roleName: intern(m.roleName)
            })
          );
          addUsers(live.users, members);
        }
      )
    ]
  },
  plan: (ctx) => planMemberships(ctx, orgScopes(ctx)),
  apply: {
    create: ({ target: t, address }, { client, ctx }) => {
      const orgId = orgIdOf(t, address, ctx);
      return createOnce(
        () => client.createOrgMembership(orgId, t.userId, t.roleId),
        async () => (await client.listOrgMemberships(orgId)).some(
          (m) => m.userId === t.userId && m.roleId === t.roleId
        )
      );
    },
    update: ({ target: t, address }, { client, ctx }) => written(client.updateOrgMembership(orgIdOf(t, address, ctx), t.membershipId, t.roleId)),
    delete: deleteListedInOrg(
      (t) => t.membershipId,
      (client, orgId, id) => client.deleteOrgMembership(orgId, id),
      (client, orgId) => client.listOrgMemberships(orgId)
    )
  },
  replaceable: (ctx) => orgScopes(ctx).flatMap((scope) => membershipReplacements(ctx, scope)),
  simulate(live, change) {
    const org = findOrgOf(live.orgs, change.target);
    if (org !== void 0) org.members = simulateMembership(org.members, change);
  },
  countLive(live, desired) {
    const match = matchOrgs(live.orgs);
    const managed = new Set(desired.orgs.filter((d) => d.members !== void 0).map((d) => match(d)));
    return live.orgs.reduce((sum, org) => sum + (managed.has(org) ? org.members?.length ?? 0 : 0), 0);
  },
  rails({ live, after, changes }) {
    const admins = adminRoleIds(live.roles.org, ORG_ADMIN);
    const bySlug = [...live.orgs].sort((a, b) => a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
    const afterById = /* @__PURE__ */ new Map();
    for (const o of after.orgs) if (!afterById.has(o.id)) afterById.set(o.id, o);
    return bySlug.flatMap((org) => {
      const orgAfter = afterById.get(org.id);
      if (orgAfter === void 0 || !hasAdmin(org.members, admins) || hasAdmin(orgAfter.members, admins)) {
        return [];
      }
      const own = changes.filter((c) => "orgId" in c.target && c.target.orgId === org.id);
      return [lastAdminRefusal(orgAddress(org.slug).text, ORG_ADMIN, adminLosses(own, org.members, admins))];
    });
  },
  prepareDrift(desired, _live, resolver) {
    const out = [];
    for (const org of desired.orgs) {
      if (org.members === void 0) continue;
      org.members = keepKnownMembers(org.members, desired, resolver, {
        kind: "org_membership",
        address: (label) => orgMemberAddress(org.slug, label),
        out
      });
    }
    return out;
  },
  needs: (change) => change.action === "delete" ? [] : [`user:${change.target.userId}`],
  export(live, draft) {
    for (const org of live.orgs) {
      const entry = draft.org(org.id);
      const members = draft.members(org.members, live.roles.org);
      if (entry !== void 0 && members !== void 0) entry.members = members;
    }
  }
});

// src/core/kinds/org-settings.ts
var orgSettingsKind = settingsPartKind({
  kind: "org_settings",
  noun: { one: "org settings", many: "org settings" },
  phase: 30,
  part: "settings",
  read: (client, orgId) => client.getOrgSettings(orgId),
  // The PUT body is the managed keys (`after`): Snyk keeps the keys it is not sent.
  write: (client, orgId, { after }) => client.updateOrgSettings(orgId, after)
});

// src/core/kinds/pending-plan.ts
import { domainToASCII } from "node:url";

// src/core/live-lookalikes.ts
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(live) {
  let index = indexes.get(live);
  if (index === void 0) {
    index = /* @__PURE__ */ new Map();
    for (const user of Object.values(live.users))
      for (const name of [user.email, user.username])
        if (name !== void 0 && !index.has(skeleton(name))) index.set(skeleton(name), name);
    indexes.set(live, index);
  }
  return index;
}
function liveLookalikeOf(live, name) {
  const known = indexOf(live).get(skeleton(name));
  return known === void 0 || known.toLowerCase() === name.toLowerCase() ? void 0 : escapeNonAscii(known);
}

// src/core/kinds/pending-targets.ts
function pendingUserAddress(slug, email) {
  return orgAddress(slug).at("pending", email.toLowerCase());
}
var Via = Type.Union([Type.Literal("invite"), Type.Literal("provision")]);
var pendingTargets = {
  create: orgScoped({ email: Text, roleId: Id, via: Via }),
  // Re-sending an invitation that is no longer active: `inviteId` is the one it replaces.
  update: orgScoped({ email: Text, roleId: Id, via: Type.Literal("invite"), inviteId: Id }),
  delete: Type.Union([
    ...orgScoped({ email: Text, via: Type.Literal("invite"), inviteId: Id }).anyOf,
    ...orgScoped({ email: Text, via: Type.Literal("provision") }).anyOf
  ])
};

// src/core/kinds/pending-plan.ts
var INVITATION_EXPIRED = "invitation expired";
function indexPending(pending) {
  const active = /* @__PURE__ */ new Map();
  const inactive = /* @__PURE__ */ new Map();
  for (const p of pending) {
    const into = p.active === false ? inactive : active;
    const email = p.email.toLowerCase();
    if (!into.has(email)) into.set(email, p);
  }
  return { active, inactive };
}
function planCreates(ctx, binding, result) {
  const mode = ctx.desired.users.unknown;
  const members = binding.desired.members;
  if (mode === "error" || members === void 0) return;
  const { active, inactive } = indexPending(binding.live?.pending ?? []);
  const diff = diffMemberships(ctx, {
    roleScope: "org",
    path: ["orgs", binding.index, "members"],
    desired: members,
    live: [],
    prune: false,
    address: (label) => pendingUserAddress(binding.slug, label)
  });
  for (const { index, spec, role } of diff.unknown) {
    if (!spec.user.includes("@")) {
      result.issues.push({
        code: "UNKNOWN_USER_NOT_EMAIL",
        message: `'${spec.user}' is not a Snyk user of the group, and only an email address can be ${mode === "invite" ? "invited" : "provisioned"}.`,
        path: ["orgs", binding.index, "members", index, "user"]
      });
      continue;
    }
    const lookalike = ctx.desired.users.allowLookalikes?.includes(spec.user) ? void 0 : liveLookalikeOf(ctx.live, spec.user);
    if (lookalike !== void 0) {
      result.issues.push({
        code: "UNKNOWN_USER_LOOKALIKE",
        message: `'${escapeNonAscii(spec.user)}' is not a Snyk user of the group, but looks like '${lookalike}', who is: it is not ${mode === "invite" ? "invited" : "provisioned"}. Write that person's name, or list this one exactly in users.allowLookalikes.`,
        path: ["orgs", binding.index, "members", index, "user"]
      });
      continue;
    }
    const domains = ctx.desired.users.domains;
    const written2 = spec.user.slice(spec.user.lastIndexOf("@") + 1);
    const domain = domainToASCII(written2) || written2;
    if (domains !== void 0 && !domains.includes(domain)) {
      result.issues.push({
        code: "UNKNOWN_USER_DOMAIN",
        message: `'${spec.user}' is not a Snyk user of the group, and users.domains does not list '${domain}': only people of ${domains.map((d) => `'${d}'`).join(", ") || "no domain"} may be ${mode === "invite" ? "invited" : "provisioned"}.`,
        path: ["orgs", binding.index, "members", index, "user"]
      });
      continue;
    }
    if (role === void 0) continue;
    const email = labelUserRef(spec.user);
    const address = pendingUserAddress(binding.slug, email);
    const existing = active.get(email);
    if (existing !== void 0) {
      if (existing.roleId !== role.id) {
        result.warnings.push({
          code: "PENDING_ROLE_DIFFERS",
          message: `${email} was already ${existing.via === "invite" ? "invited" : "provisioned"} with another role; the membership takes the listed role once they log in and the next apply runs.`,
          address
        });
      }
      continue;
    }
    const stale = inactive.get(email);
    if (mode === "invite" && stale?.id !== void 0) {
      const before = { role: ctx.resolver.roleName("org", stale.roleId), via: "invite", active: false };
      const after = { role: role.name, via: "invite", active: true };
      result.changes.push({
        action: "update",
        kind: "pending_user",
        address,
        before,
        after,
        patch: [{ op: "replace", path: "/active", value: true }, ...rolePatch(before.role, role.name)],
        dependsOn: [],
        target: { ...orgTarget(binding), email, roleId: role.id, via: "invite", inviteId: stale.id },
        note: INVITATION_EXPIRED
      });
      continue;
    }
    result.changes.push({
      action: "create",
      kind: "pending_user",
      address,
      before: null,
      after: { role: role.name, via: mode },
      patch: [],
      dependsOn: orgDependencies(binding),
      target: { ...orgTarget(binding), email, roleId: role.id, via: mode },
      note: mode === "invite" ? "Sends an invitation email; the membership exists once the invitation is accepted." : "Provisions the user ahead of their first login (SSO)."
    });
  }
}
function rolePatch(before, after) {
  return before === after ? [] : [{ op: "replace", path: "/role", value: after }];
}
function planDeletes(ctx, binding, result) {
  const members = binding.desired.members;
  const pending = binding.live?.pending ?? [];
  if (binding.live === void 0 || members === void 0 || pending.length === 0) return;
  const emailsOf = (user) => [user, ctx.resolver.findUser(user)?.email ?? ""].map((e) => e.toLowerCase()).filter((e) => e !== "");
  const listed = /* @__PURE__ */ new Set();
  const expired = /* @__PURE__ */ new Map();
  for (const spec of members) {
    const expiry = expiryOf(spec, ctx.now, 0);
    for (const email of emailsOf(spec.user)) {
      if (expiry.state !== "expired") listed.add(email);
      else if (!expired.has(email)) expired.set(email, { at: expiry.at, note: expiredNote(spec, expiry.at) });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (const entry of pending) {
    const email = entry.email.toLowerCase();
    if (listed.has(email) || ctx.resolver.isIgnored({ email })) continue;
    const label = seen.has(email) && entry.id !== void 0 ? `${entry.email}#${entry.id}` : entry.email;
    seen.add(email);
    const ended = expired.get(email);
    if (ended === void 0 && !ctx.desired.prune.orgMembers) continue;
    result.changes.push({
      action: "delete",
      kind: "pending_user",
      address: pendingUserAddress(binding.slug, label),
      before: { role: ctx.resolver.roleName("org", entry.roleId), via: entry.via },
      after: null,
      patch: [],
      dependsOn: [],
      target: entry.via === "invite" && entry.id !== void 0 ? { ...orgTarget(binding), email, via: "invite", inviteId: entry.id } : { ...orgTarget(binding), email, via: "provision" },
      ...ended === void 0 ? {} : { note: ended.note, expiredAt: ended.at.toISOString() }
    });
  }
}

// src/core/kinds/pending-resend.ts
async function resendInvite(client, orgId, target2) {
  const email = target2.email.toLowerCase();
  const activeOne = async () => (await client.listOrgInvites(orgId)).some((i) => i.isActive && i.email.toLowerCase() === email);
  if (await activeOne()) return { confirmed: true };
  try {
    await client.deleteOrgInvite(orgId, target2.inviteId);
  } catch (error) {
    if (!(error instanceof GitopsError && error.code === "SNYK_NOT_FOUND")) throw error;
  }
  return createOnce(() => client.createOrgInvite(orgId, target2.email, target2.roleId), activeOne);
}

// src/core/kinds/pending-user.ts
var sameEmail = (a, b) => a.toLowerCase() === b.toLowerCase();
function addPending(org, pending) {
  org.pending = [...org.pending ?? [], ...pending];
}
function pendingRead(org, address, fetch, toPending) {
  return liveRead(address, fetch, (values) => addPending(org, values.map(toPending)));
}
var pendingUserKind = defineKind("pending_user", pendingTargets).with({
  noun: { one: "pending invitation", many: "pending users" },
  phase: { create: 50, update: 50, delete: 61 },
  reads: {
    // The org roles they are resolved against are read for the org membership kind.
    org(desired, want, org) {
      if (want.members === void 0 || desired.users.unknown === "error") return [];
      const at = orgAddress(want.slug);
      if (desired.users.unknown === "provision")
        return [
          pendingRead(
            org,
            at.at("provisions"),
            (client) => client.listProvisions(org.id),
            (p) => ({ via: "provision", email: p.email, roleId: p.roleId })
          )
        ];
      return [
        pendingRead(
          org,
          at.at("invites"),
          (client) => client.listOrgInvites(org.id),
          (i) => ({
            via: "invite",
            email: i.email,
            roleId: i.roleId,
            id: i.id,
            ...i.isActive ? {} : { active: false }
          })
        )
      ];
    }
  },
  plan(ctx) {
    const result = emptyResult();
    for (const binding of plannableOrgs(ctx)) {
      planCreates(ctx, binding, result);
      planDeletes(ctx, binding, result);
    }
    return result;
  },
  apply: {
    create({ target: t, address }, { client, ctx }) {
      const orgId = orgIdOf(t, address, ctx);
      if (t.via === "provision") {
        return createOnce(
          () => client.provisionUser(orgId, t.email, t.roleId),
          async () => (await client.listProvisions(orgId)).some((p) => sameEmail(p.email, t.email))
        );
      }
      return createOnce(
        () => client.createOrgInvite(orgId, t.email, t.roleId),
        async () => (await client.listOrgInvites(orgId)).some((i) => i.isActive && sameEmail(i.email, t.email))
      );
    },
    update: ({ target: t, address }, { client, ctx }) => resendInvite(client, orgIdOf(t, address, ctx), t),
    delete({ target: t, address }, { client, ctx }) {
      const orgId = orgIdOf(t, address, ctx);
      if (t.via === "provision") {
        return deleteOnce(
          address,
          () => client.deleteProvision(orgId, t.email),
          async () => (await client.listProvisions(orgId)).some((p) => sameEmail(p.email, t.email))
        );
      }
      return deleteListedOnce(
        address,
        t.inviteId,
        () => client.deleteOrgInvite(orgId, t.inviteId),
        () => client.listOrgInvites(orgId)
      );
    }
  },
  simulate(live, change) {
    const org = findOrgOf(live.orgs, change.target);
    if (org === void 0) return;
    const { email, via } = change.target;
    if (change.action === "create") addPending(org, [{ via, email, roleId: change.target.roleId }]);
    else if (change.action === "update") {
      const { inviteId, roleId } = change.target;
      org.pending = (org.pending ?? []).map(
        (p) => p.id === inviteId ? { via: "invite", email, roleId } : p
      );
    } else {
      const gone = "inviteId" in change.target ? change.target.inviteId : void 0;
      org.pending = (org.pending ?? []).filter(
        (p) => gone === void 0 ? p.email.toLowerCase() !== email : p.id !== gone
      );
    }
  },
  countLive(live, desired) {
    const match = matchOrgs(live.orgs);
    const managed = new Set(desired.orgs.filter((d) => d.members !== void 0).map((d) => match(d)));
    return live.orgs.reduce((sum, org) => sum + (managed.has(org) ? org.pending?.length ?? 0 : 0), 0);
  },
  export() {
  }
});

// src/core/kinds/placement.ts
var targets12 = { update: target({ orgId: Id, projectId: Id, toOrgId: Id }) };
function placementAddress(projectId) {
  return Address.of(`project[${projectId}].org`);
}
function placementsOf(rules, project) {
  return rules.flatMap(
    (rule, index) => ruleMatches({ match: rule.match }, project) ? [{ index, org: rule.org }] : []
  );
}
function conflictIssue3(rules, first, second, project, count) {
  const more = count > 1 ? ` (and ${count - 1} more project${count > 2 ? "s" : ""})` : "";
  return {
    code: "PLACEMENT_CONFLICT",
    message: `Two placement rules put project '${project}'${more} in different orgs: ${describeRule(rules[first])} in ${orgAddress(rules[first].org)} (placement[${first}]) and ${describeRule(rules[second])} in ${orgAddress(rules[second].org)} (placement[${second}]); narrow one of them`,
    path: ["placement", first],
    related: [{ what: "the other rule", path: ["placement", second] }]
  };
}
function moveNote(from, to) {
  return `Moves the project from ${orgAddress(from)} to ${orgAddress(to)}; its reporting history stays with ${orgAddress(from)} (Snyk does not move it).`;
}
function checkTargets(rules, orgs) {
  const issues = [];
  const warnings = [];
  rules.forEach((rule, index) => {
    const binding = orgs.find((o) => o.slug === rule.org);
    if (binding === void 0)
      issues.push({
        code: "PLACEMENT_UNKNOWN_ORG",
        message: `The placement rule ${describeRule(rule)} names org '${rule.org}', which the file does not list: projects are placed only in orgs the file manages`,
        path: ["placement", index, "org"]
      });
    else if (binding.live === void 0)
      warnings.push({
        code: "PLACEMENT_ORG_PENDING",
        message: `${orgAddress(rule.org)} does not exist yet: the projects ${describeRule(rule)} matches are moved into it by the first plan after it is created.`,
        address: orgAddress(rule.org)
      });
  });
  return { issues, warnings };
}
function countPlaced(live, desired) {
  const rules = desired.placement ?? [];
  if (rules.length === 0) return 0;
  const managed = new Set(desired.orgs.map((o) => o.slug));
  return live.orgs.reduce(
    (sum, org) => managed.has(org.slug) ? sum + (org.projects ?? []).filter((p) => placementsOf(rules, p).length > 0).length : sum,
    0
  );
}
var placementKind = defineKind("placement", targets12).with({
  // The mass-delete rail says "Refusing to delete 2 of 4 placed projects": a move out of an org counts.
  noun: { one: "placed project", many: "placed projects" },
  // Last of the project changes: a project's tags and ignores are written in the org it is in.
  phase: { update: 58 },
  reads: {
    org: estateReadWhen((desired) => (desired.placement ?? []).length > 0)
  },
  plan(ctx) {
    const result = emptyResult();
    const rules = ctx.desired.placement ?? [];
    if (rules.length === 0) return result;
    const { issues, warnings } = checkTargets(rules, ctx.orgs);
    result.issues.push(...issues);
    result.warnings.push(...warnings);
    const liveIdOf = new Map(
      ctx.orgs.flatMap((o) => o.live === void 0 ? [] : [[o.slug, o.live.id]])
    );
    const conflicts = /* @__PURE__ */ new Map();
    for (const binding of ctx.orgs) {
      for (const project of binding.live?.projects ?? []) {
        const placements = placementsOf(rules, project);
        const first = placements[0];
        if (first === void 0) continue;
        const other = placements.find((p) => p.org !== first.org);
        if (other !== void 0) {
          const id = `${first.index}\0${other.index}`;
          const seen = conflicts.get(id);
          if (seen === void 0)
            conflicts.set(id, { first: first.index, second: other.index, project: project.name, count: 1 });
          else seen.count++;
          continue;
        }
        const toOrgId = liveIdOf.get(first.org);
        if (first.org === binding.slug || toOrgId === void 0) continue;
        result.changes.push({
          action: "update",
          kind: "placement",
          address: placementAddress(project.id),
          ...updateOf({ org: binding.slug }, { org: first.org }),
          dependsOn: [],
          note: moveNote(binding.slug, first.org),
          target: { orgId: binding.live.id, projectId: project.id, toOrgId }
        });
      }
    }
    for (const c of conflicts.values())
      result.issues.push(conflictIssue3(rules, c.first, c.second, c.project, c.count));
    return result;
  },
  apply: {
    update: ({ target: t }, { client }) => written(client.moveProject(t.orgId, t.projectId, t.toOrgId))
  },
  simulate(live, { target: t }) {
    const from = live.orgs.find((o) => o.id === t.orgId);
    const to = live.orgs.find((o) => o.id === t.toOrgId);
    const project = from?.projects?.find((p) => p.id === t.projectId);
    if (from === void 0 || to === void 0 || project === void 0) return;
    from.projects = from.projects.filter((p) => p !== project);
    to.projects = [...to.projects ?? [], project];
  },
  countLive: countPlaced,
  // A move takes the project out of the org it was counted in.
  removes: () => true,
  export(_live, draft) {
    draft.model.notes.push(
      "project placement (`placement:`), which states intent over projects and cannot be inferred from where they are."
    );
  }
});

// src/core/kinds/pull-request-template.ts
var ADDRESS = GROUP.at("pull_request_template");
var endpoint = restEndpointOf(GROUP_SETTINGS_PARTS, "pullRequestTemplate");
var { schema } = GROUP_SETTINGS_PARTS.pullRequestTemplate;
var groupTarget = target({ groupId: Id });
var targets13 = { create: groupTarget, update: groupTarget, delete: groupTarget };
function planTemplate(wanted, live) {
  if (wanted === null)
    return live ? { action: "delete", before: toJson(live), after: null, patch: [] } : void 0;
  if (Object.keys(wanted).length === 0) return void 0;
  if (!live) return { action: "create", ...settingsChange(wanted, void 0) };
  const diff = diffSettings(wanted, live);
  return diff && { action: "update", ...diff };
}
var pullRequestTemplateKind = defineKind("pull_request_template", targets13).with({
  noun: { one: "pull request template", many: "pull request templates" },
  phase: { create: 12, update: 12, delete: 12 },
  reads: {
    group: (desired) => groupPartRead(
      desired,
      "pullRequestTemplate",
      (client, groupId) => client.readSettings(endpoint, groupId)
    )
  },
  plan(ctx) {
    const result = emptyResult();
    const wanted = ctx.desired.group.pullRequestTemplate;
    if (wanted === void 0) return result;
    const change = planTemplate(wanted, ctx.live.group.pullRequestTemplate);
    if (change !== void 0)
      result.changes.push({
        ...change,
        kind: "pull_request_template",
        address: ADDRESS,
        dependsOn: [],
        target: { groupId: ctx.desired.group.id }
      });
    return result;
  },
  apply: {
    create: ({ target: t, after }, { client }) => written(client.writeSettings(endpoint, t.groupId, after)),
    update: async ({ target: t, after }, { client }) => {
      const live = await client.readSettings(endpoint, t.groupId) ?? {};
      return written(client.writeSettings(endpoint, t.groupId, mergeSettings(live, after)));
    },
    delete: ({ target: t }, { client }) => written(client.deleteSettings(endpoint, t.groupId))
  },
  simulate(live, change) {
    live.group.pullRequestTemplate = change.action === "delete" ? null : mergeSettings(live.group.pullRequestTemplate ?? {}, change.after);
  },
  countLive: (live) => live.group.pullRequestTemplate ? 1 : 0,
  export(live, draft) {
    const template = live.group.pullRequestTemplate;
    if (template) draft.model.group.pullRequestTemplate = pickBySchema(template, schema);
  }
});

// src/core/kinds/sast-settings.ts
var sastSettingsKind = settingsPartKind({
  kind: "sast_settings",
  noun: { one: "Snyk Code setting", many: "Snyk Code settings" },
  phase: 31,
  part: "sast"
});

// src/core/desired-service-accounts.ts
var strict3 = { additionalProperties: false };
var SERVICE_ACCOUNT_AUTH = ["oauth_private_key_jwt", "oauth_client_secret", "api_key"];
var SECRET_BEARING_AUTH = /* @__PURE__ */ new Set(["oauth_client_secret", "api_key"]);
var ServiceAccountSchema = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "The name of the account, unique within its group or org: its identity in the file."
    }),
    id: Type.Optional(Uuid("Pins an existing account by id: with it, a changed `name` renames the account.")),
    role: Type.String({
      minLength: 1,
      description: "The role the account acts with: a group role for the group\u2019s accounts, an org role for an org\u2019s (name, case-insensitive, or role id)."
    }),
    auth: Type.Union(
      SERVICE_ACCOUNT_AUTH.map((a) => Type.Literal(a)),
      {
        description: "How the account authenticates: `oauth_private_key_jwt` (a JWKS URL, no stored secret), `oauth_client_secret` or `api_key` (Snyk returns a secret once, written to --secrets-dir)."
      }
    ),
    jwksUrl: Type.Optional(
      Type.String({
        pattern: "^https://\\S+$",
        description: "The https URL of the public keys (required for, and only for, `oauth_private_key_jwt`)."
      })
    ),
    accessTokenTtlSeconds: Type.Optional(
      Type.Integer({
        minimum: 3600,
        maximum: 86400,
        description: "Lifetime of the OAuth access tokens the account gets (3600..86400; OAuth accounts only)."
      })
    )
  },
  {
    ...strict3,
    description: "A service account. A change of anything but its name replaces it (delete + create)."
  }
);
var ServiceAccounts = (where) => Type.Array(ServiceAccountSchema, {
  description: `Service accounts of ${where}. Without this key they are not read; unlisted ones are deleted only with prune.serviceAccounts.`
});

// src/core/kinds/service-account-plan.ts
function accountScopes(ctx) {
  const scopes = [];
  const group = ctx.desired.group.serviceAccounts;
  if (group !== void 0)
    scopes.push({
      ref: { groupId: ctx.desired.group.id },
      roleScope: "group",
      path: ["group", "serviceAccounts"],
      desired: group,
      live: ctx.live.group.serviceAccounts ?? [],
      address: groupServiceAccountAddress,
      dependsOn: []
    });
  for (const binding of plannableOrgs(ctx)) {
    const listed = binding.desired.serviceAccounts;
    if (listed === void 0) continue;
    scopes.push({
      ref: orgTarget(binding),
      roleScope: "org",
      path: ["orgs", binding.index, "serviceAccounts"],
      desired: listed,
      live: binding.live === void 0 ? void 0 : binding.live.serviceAccounts ?? [],
      address: (name) => orgServiceAccountAddress(binding.slug, name),
      dependsOn: orgDependencies(binding)
    });
  }
  return scopes;
}
function checkEntry(ctx, scope, spec, index) {
  const address = scope.address(spec.name);
  const at = (key) => [...scope.path, index, key];
  const issues = [];
  const jwt = spec.auth === "oauth_private_key_jwt";
  if (jwt !== (spec.jwksUrl !== void 0))
    issues.push({
      code: "SERVICE_ACCOUNT_INVALID",
      message: jwt ? `${address}: auth oauth_private_key_jwt needs a jwksUrl (the https URL of its public keys)` : `${address}: jwksUrl is only for auth oauth_private_key_jwt`,
      address,
      path: at(jwt ? "auth" : "jwksUrl")
    });
  if (spec.auth === "api_key" && spec.accessTokenTtlSeconds !== void 0)
    issues.push({
      code: "SERVICE_ACCOUNT_INVALID",
      message: `${address}: accessTokenTtlSeconds is only for OAuth accounts (an api_key account has no access token lifetime)`,
      address,
      path: at("accessTokenTtlSeconds")
    });
  const role = ctx.resolver.findRole(scope.roleScope, spec.role);
  if (!role.ok) {
    issues.push({ code: "UNKNOWN_ROLE", message: `${address}: ${role.message}`, address, path: at("role") });
    return { issues };
  }
  return { issues, roleId: role.role.id };
}
var DEFAULT_TTL = 3600;
function shownAccount(account) {
  return {
    role: account.role,
    auth: account.auth,
    ...account.jwksUrl === void 0 ? {} : { jwksUrl: account.jwksUrl },
    ...account.ttl === void 0 ? {} : { accessTokenTtlSeconds: account.ttl }
  };
}
function ttlOf(spec) {
  return spec.auth.startsWith("oauth_") ? spec.accessTokenTtlSeconds ?? DEFAULT_TTL : void 0;
}
function sameAccount(live, spec, roleId) {
  return live.roleId === roleId && live.auth === spec.auth && live.jwksUrl === spec.jwksUrl && (live.accessTokenTtlSeconds ?? ttlOf(spec)) === ttlOf(spec);
}
function isSecretBearing(auth) {
  return SECRET_BEARING_AUTH.has(auth);
}
function matchOf(scope, spec) {
  if (spec.id !== void 0) return scope.live?.find((a) => a.id.toLowerCase() === spec.id.toLowerCase());
  return scope.live?.find((a) => a.name === spec.name);
}

// src/core/kinds/service-account-changes.ts
var strict4 = { additionalProperties: false };
var accountScoped = (props) => Type.Union([
  Type.Object({ groupId: Id, ...props }, strict4),
  Type.Object({ orgId: Id, ...props }, strict4),
  Type.Object({ orgSlug: Text, ...props }, strict4)
]);
var targets14 = {
  create: accountScoped({
    name: Text,
    roleId: Id,
    auth: Text,
    jwksUrl: Type.Optional(Text),
    accessTokenTtlSeconds: Type.Optional(Type.Integer({ minimum: 3600, maximum: 86400 }))
  }),
  // A rename, or (`apply --rotate`) a new client secret: `rotate` says which.
  update: accountScoped({ accountId: Id, name: Text, rotate: Type.Boolean() }),
  delete: accountScoped({ accountId: Id, name: Text })
};
function createChange2(scope, spec, roleId, dependsOn) {
  const ttl = ttlOf(spec);
  const note = isSecretBearing(spec.auth) ? { note: "Snyk returns its secret once: apply writes it to a file in --secrets-dir, and nowhere else." } : {};
  return {
    action: "create",
    kind: "service_account",
    address: scope.address(spec.name),
    before: null,
    after: shownAccount({ role: spec.role, auth: spec.auth, jwksUrl: spec.jwksUrl, ttl }),
    patch: [],
    dependsOn,
    target: {
      ...scope.ref,
      name: spec.name,
      roleId,
      auth: spec.auth,
      ...spec.jwksUrl === void 0 ? {} : { jwksUrl: spec.jwksUrl },
      ...ttl === void 0 ? {} : { accessTokenTtlSeconds: ttl }
    },
    ...note
  };
}
function deleteChange2(ctx, scope, live, address = scope.address(live.name)) {
  return {
    action: "delete",
    kind: "service_account",
    address,
    before: shownAccount({
      role: ctx.resolver.roleName(scope.roleScope, live.roleId),
      auth: live.auth,
      jwksUrl: live.jwksUrl,
      ttl: live.accessTokenTtlSeconds
    }),
    after: null,
    patch: [],
    dependsOn: [],
    target: { ...scope.ref, accountId: live.id, name: live.name }
  };
}
function replacement(ctx, scope, spec, roleId, live) {
  const address = scope.address(spec.name);
  return {
    address,
    changes: [
      deleteChange2(ctx, scope, live, address),
      createChange2(scope, spec, roleId, [...scope.dependsOn, address])
    ]
  };
}
function planScopes(ctx) {
  const result = emptyResult();
  const replaceable = [];
  for (const scope of accountScopes(ctx)) {
    const seen = /* @__PURE__ */ new Map();
    const matched = /* @__PURE__ */ new Set();
    scope.desired.forEach((spec, index) => {
      const address = scope.address(spec.name);
      const earlier = seen.get(spec.name);
      if (earlier !== void 0) {
        result.issues.push({
          code: "SERVICE_ACCOUNT_DUPLICATE",
          message: `${address} is listed twice; a name identifies one account`,
          address,
          path: [...scope.path, index, "name"],
          related: [{ what: "the first", path: [...scope.path, earlier, "name"] }]
        });
        return;
      }
      seen.set(spec.name, index);
      const { issues, roleId } = checkEntry(ctx, scope, spec, index);
      result.issues.push(...issues);
      if (roleId === void 0 || issues.length > 0) return;
      const live = matchOf(scope, spec);
      if (live === void 0) {
        if (spec.id !== void 0 && scope.live !== void 0) {
          result.issues.push({
            code: "SERVICE_ACCOUNT_ID_UNKNOWN",
            message: `${address}: no service account has the pinned id ${spec.id} here`,
            address,
            path: [...scope.path, index, "id"]
          });
          return;
        }
        result.changes.push(createChange2(scope, spec, roleId, scope.dependsOn));
        return;
      }
      matched.add(live.id);
      const swap = replacement(ctx, scope, spec, roleId, live);
      replaceable.push(swap);
      if (!sameAccount(live, spec, roleId)) {
        result.changes.push(...swap.changes);
        return;
      }
      if (live.name !== spec.name)
        result.changes.push({
          action: "update",
          kind: "service_account",
          address,
          ...updateOf({ name: live.name }, { name: spec.name }),
          dependsOn: [],
          target: { ...scope.ref, accountId: live.id, name: spec.name, rotate: false }
        });
    });
    if (ctx.desired.prune.serviceAccounts !== true || scope.live === void 0) continue;
    for (const live of scope.live)
      if (!matched.has(live.id) && !seen.has(live.name)) result.changes.push(deleteChange2(ctx, scope, live));
  }
  return { result, replaceable };
}
function accountRotations(ctx) {
  const out = /* @__PURE__ */ new Map();
  const { replaceable } = planScopes(ctx);
  const swaps = new Map(replaceable.map((r) => [r.address, r.changes]));
  for (const scope of accountScopes(ctx)) {
    for (const spec of scope.desired) {
      const live = matchOf(scope, spec);
      if (live === void 0) continue;
      const address = scope.address(spec.name);
      if (live.auth === "api_key") {
        const swap = swaps.get(address);
        if (swap !== void 0) out.set(address, { changes: [...swap] });
      } else if (live.auth === "oauth_client_secret") {
        out.set(address, {
          changes: [
            {
              action: "update",
              kind: "service_account",
              address,
              ...updateOf({ secret: "(current)" }, { secret: "(new, written to --secrets-dir)" }),
              dependsOn: [],
              target: { ...scope.ref, accountId: live.id, name: live.name, rotate: true },
              note: "A new client secret replaces the current one, which stops working at once."
            }
          ]
        });
      } else
        out.set(address, {
          noSecret: `${address} authenticates with ${live.auth}: Snyk keeps no secret of it to rotate (rotate the keys its jwksUrl serves instead)`
        });
    }
  }
  return out;
}

// src/core/kinds/service-account-export.ts
var EXPORTABLE_AUTH = new Set(SERVICE_ACCOUNT_AUTH);
function entries(accounts, roles, where, skipped) {
  const byName = /* @__PURE__ */ new Set();
  return [...accounts].sort((a, b) => compareText(a.name, b.name)).flatMap((account) => {
    if (!EXPORTABLE_AUTH.has(account.auth) || byName.has(account.name) || account.name === "") {
      skipped.push(
        `service account ${account.name} of ${where} (auth ${account.auth}, or a name used twice)`
      );
      return [];
    }
    byName.add(account.name);
    const named = roles.filter((r) => r.id === account.roleId);
    const role = named.length === 1 ? named[0].name : account.roleId;
    return [
      {
        name: account.name,
        id: account.id,
        role,
        auth: account.auth,
        ...account.jwksUrl === void 0 ? {} : { jwksUrl: account.jwksUrl },
        ...account.accessTokenTtlSeconds === void 0 ? {} : { accessTokenTtlSeconds: account.accessTokenTtlSeconds }
      }
    ];
  });
}
function exportServiceAccounts(live, draft) {
  const { skipped } = draft.model;
  if (live.group.serviceAccounts !== void 0)
    draft.model.group.serviceAccounts = entries(
      live.group.serviceAccounts,
      live.roles.group,
      "the group",
      skipped
    );
  for (const org of live.orgs) {
    const entry = draft.org(org.id);
    if (entry === void 0 || org.serviceAccounts === void 0) continue;
    entry.serviceAccounts = entries(org.serviceAccounts, live.roles.org, `org ${org.slug}`, skipped);
  }
}

// src/core/kinds/service-account.ts
function scopeOf(t, address, env) {
  if ("groupId" in t) return { level: "group", id: t.groupId };
  return { level: "org", id: orgIdOf(t, address, env.ctx) };
}
async function keepSecret(address, issued, env) {
  if (issued?.secret === void 0) return {};
  if (env.ctx.secretSink === void 0)
    throw new ApplyError(`${address}: Snyk returned a secret but no --secrets-dir was given to write it to`);
  await env.ctx.secretSink.save(address.text, issued.secret);
  const client = issued.clientId === void 0 ? "" : `client id ${issued.clientId}; `;
  return { notice: `${address}: ${client}its new secret is in --secrets-dir` };
}
function accountsOf(live, t) {
  if ("groupId" in t)
    return {
      list: live.group.serviceAccounts ?? [],
      set: (list) => {
        live.group.serviceAccounts = list;
      }
    };
  const org = findOrgOf(live.orgs, t);
  if (org === void 0) return void 0;
  return {
    list: org.serviceAccounts ?? [],
    set: (list) => {
      org.serviceAccounts = list;
    }
  };
}
var serviceAccountKind = defineKind("service_account", targets14).with({
  noun: { one: "service account", many: "service accounts" },
  // Deletes before creates, so that a replacement frees its name first.
  phase: { create: 57, update: 57, delete: 53 },
  reads: {
    group: (desired) => [
      ...desired.group.serviceAccounts === void 0 ? [] : [
        groupDirectoryRead(desired, { managed: false }),
        liveRead(
          GROUP.at("serviceAccounts"),
          (client) => client.listServiceAccounts({ level: "group", id: desired.group.id }),
          (value, live) => {
            live.group.serviceAccounts = value;
          }
        )
      ],
      ...desired.orgs.some((o) => o.serviceAccounts !== void 0) ? [orgRolesRead(desired)] : []
    ],
    org: (_desired, want, org) => orgPartRead(
      want,
      org,
      "serviceAccounts",
      (client, orgId) => client.listServiceAccounts({ level: "org", id: orgId })
    )
  },
  plan: (ctx) => planScopes(ctx).result,
  replaceable: (ctx) => planScopes(ctx).replaceable,
  apply: {
    create: async ({ target: t, address }, env) => {
      const scope = scopeOf(t, address, env);
      let issued;
      const outcome = await createOnce(
        async () => {
          issued = await env.client.createServiceAccount(scope, t);
        },
        async () => (await env.client.listServiceAccounts(scope)).some((a) => a.name === t.name)
      );
      const kept = await keepSecret(address, issued, env);
      if (outcome.confirmed && isSecretBearing(t.auth))
        return {
          ...outcome,
          notice: `${address}: Snyk's answer to the create was lost, so its secret is unknown; rotate it (apply --rotate '${address}')`
        };
      return { ...outcome, ...kept };
    },
    update: async ({ target: t, address }, env) => {
      const scope = scopeOf(t, address, env);
      if (!t.rotate) return written(env.client.renameServiceAccount(scope, t.accountId, t.name));
      return keepSecret(address, await env.client.rotateServiceAccountSecret(scope, t.accountId), env);
    },
    delete: ({ target: t, address }, env) => {
      const scope = scopeOf(t, address, env);
      return deleteListedOnce(
        address,
        t.accountId,
        () => env.client.deleteServiceAccount(scope, t.accountId),
        () => env.client.listServiceAccounts(scope)
      );
    }
  },
  secretOutputs: (change) => change.action === "create" && isSecretBearing(change.target.auth) || change.action === "update" && change.target.rotate,
  simulate(live, change) {
    const accounts = accountsOf(live, change.target);
    if (accounts === void 0) return;
    const { list, set } = accounts;
    switch (change.action) {
      case "create": {
        const { name, roleId, auth } = change.target;
        set([...list, { id: `sim:${change.address}`, name, roleId, auth }]);
        return;
      }
      case "update": {
        const { accountId, name } = change.target;
        set(list.map((a) => a.id === accountId ? { ...a, name } : a));
        return;
      }
      case "delete":
        set(list.filter((a) => a.id !== change.target.accountId));
    }
  },
  countLive: (live) => (live.group.serviceAccounts?.length ?? 0) + live.orgs.reduce((sum, org) => sum + (org.serviceAccounts?.length ?? 0), 0),
  rails({ live, changes }) {
    if (live.self.type !== "service_account") return [];
    return changes.filter((c) => c.action === "delete" && c.target.accountId === live.self.id).map(
      (c) => lockoutRefusal(
        `Refusing to delete the token's own service account (${c.address}), even to replace it: the token would stop working before anything else runs.`,
        [c.address.text]
      )
    );
  },
  export: exportServiceAccounts
});

// src/core/kinds/tenant.ts
var targets15 = { update: target({ tenantId: Id, name: Text }) };
var tenantKind = defineKind("tenant", targets15).with({
  noun: { one: "tenant", many: "tenants" },
  phase: { update: 10 },
  reads: {
    group(desired) {
      const tenant = desired.tenant;
      if (tenant === void 0) return [];
      return [
        liveRead(
          TENANT,
          (client) => client.getTenant(tenant.id),
          (t, live) => {
            live.tenant = { ...live.tenant, id: t.id, name: t.name };
          }
        )
      ];
    }
  },
  plan(ctx) {
    const result = emptyResult();
    const desired = ctx.desired.tenant;
    if (desired === void 0) return result;
    const live = ctx.live.tenant;
    if (live === void 0 || live.id !== desired.id) {
      result.issues.push({
        code: "TENANT_NOT_FOUND",
        message: `The tenant ${desired.id} was not found${live === void 0 ? "" : ` (the group belongs to tenant ${live.id})`}.`,
        address: TENANT,
        path: ["tenant", "id"]
      });
      return result;
    }
    if (desired.name !== void 0 && desired.name !== live.name) {
      result.changes.push({
        action: "update",
        kind: "tenant",
        address: TENANT,
        ...updateOf({ name: live.name }, { name: desired.name }),
        dependsOn: [],
        target: { tenantId: live.id, name: desired.name }
      });
    }
    return result;
  },
  apply: {
    update: ({ target: t }, { client }) => written(client.updateTenant(t.tenantId, { name: t.name }))
  },
  simulate(live, change) {
    if (live.tenant !== void 0) live.tenant.name = change.target.name;
  },
  countLive: (live) => live.tenant === void 0 ? 0 : 1,
  export(live, draft) {
    if (live.tenant === void 0) return;
    draft.model.tenant = { id: live.tenant.id };
    if (EXPORT_PATTERNS.name(live.tenant.name)) draft.model.tenant.name = live.tenant.name;
  }
});

// src/core/kinds/tenant-membership.ts
var TENANT_ADMIN = "Tenant Admin";
var { update, delete: remove } = scopedMembershipTargets({ tenantId: Id });
var targets16 = { update, delete: remove };
function tenantScopes(ctx) {
  const members = ctx.desired.tenant?.members;
  const live = ctx.live.tenant;
  if (members === void 0 || live === void 0 || live.id !== ctx.desired.tenant?.id) return [];
  return [
    {
      kind: "tenant_membership",
      target: { tenantId: live.id },
      dependsOn: [],
      roleScope: "tenant",
      path: ["tenant", "members"],
      desired: members,
      live: live.members ?? [],
      prune: ctx.desired.prune.tenantMembers,
      address: tenantMemberAddress
    }
  ];
}
var NOT_CREATABLE2 = "TENANT_MEMBER_NOT_CREATABLE";
var tenantMembershipKind = defineKind("tenant_membership", targets16).with({
  noun: { one: "tenant membership", many: "tenant memberships" },
  phase: { update: 40, delete: 64 },
  reads: {
    group(desired) {
      const tenant = desired.tenant;
      if (tenant?.members === void 0) return [];
      return [
        liveRead(
          TENANT.at("members"),
          (client) => client.listTenantMemberships(tenant.id),
          (members, live) => {
            live.tenant = { id: tenant.id, name: "", ...live.tenant, members: members.map(withoutUser) };
            addUsers(live.users, members);
          }
        ),
        liveRead(
          Address.of("roles.tenant"),
          (client) => client.listTenantRoles(tenant.id),
          (roles, live) => {
            live.roles.tenant = roles;
          }
        )
      ];
    }
  },
  plan(ctx) {
    const { changes, ...result } = planMemberships(
      ctx,
      tenantScopes(ctx),
      (diff) => [
        ...diff.creates.map((member) => labelUser(member.user)),
        ...ctx.desired.users.unknown === "error" ? [] : diff.unknown.map(({ spec }) => labelUserRef(spec.user))
      ].map((label) => ({
        code: NOT_CREATABLE2,
        message: `${label} is not a member of the tenant, and the API cannot create tenant memberships: add them in the Snyk UI.`,
        address: tenantMemberAddress(label)
      }))
    );
    return { ...result, changes: changes.filter((c) => c.action !== "create") };
  },
  apply: {
    update: ({ target: t }, { client }) => written(client.updateTenantMembership(t.tenantId, t.membershipId, t.roleId)),
    delete: deleteListed(
      (t) => t.membershipId,
      (client, t) => client.deleteTenantMembership(t.tenantId, t.membershipId),
      (client, t) => client.listTenantMemberships(t.tenantId)
    )
  },
  simulate(live, change) {
    if (live.tenant !== void 0) live.tenant.members = simulateMembership(live.tenant.members, change);
  },
  countLive: (live) => live.tenant?.members?.length ?? 0,
  rails({ live, after, changes }) {
    const admins = adminRoleIds(live.roles.tenant, TENANT_ADMIN);
    if (!hasAdmin(live.tenant?.members, admins) || hasAdmin(after.tenant?.members, admins)) return [];
    return [lastAdminRefusal("the tenant", TENANT_ADMIN, adminLosses(changes, live.tenant?.members, admins))];
  },
  driftWarnings: [NOT_CREATABLE2],
  prepareDrift(desired, _live, resolver) {
    const out = [];
    if (desired.tenant?.members !== void 0) {
      desired.tenant.members = keepKnownMembers(desired.tenant.members, desired, resolver, {
        kind: "tenant_membership",
        address: tenantMemberAddress,
        out
      });
    }
    return out;
  },
  export(live, draft) {
    const members = draft.members(live.tenant?.members, live.roles.tenant);
    if (draft.model.tenant !== void 0 && members !== void 0) draft.model.tenant.members = members;
  }
});

// src/core/kinds/webhook.ts
var targets17 = {
  create: orgScoped({ url: Text, secretEnv: Text }),
  delete: orgScoped({ webhookId: Id, url: Text })
};
function createChange3(binding, hook, dependsOn) {
  return {
    action: "create",
    kind: "webhook",
    address: webhookAddress(binding.slug, hook.url),
    before: null,
    after: { url: hook.url, secret: { env: hook.secret.env } },
    patch: [],
    dependsOn,
    target: { ...orgTarget(binding), url: hook.url, secretEnv: hook.secret.env },
    note: `The secret is read from $${hook.secret.env} when this runs; it is never printed or stored.`
  };
}
function deleteChange3(binding, live) {
  return {
    action: "delete",
    kind: "webhook",
    address: webhookAddress(binding.slug, live.url),
    before: { url: live.url },
    after: null,
    patch: [],
    dependsOn: [],
    target: { orgId: live.orgId, webhookId: live.id, url: live.url }
  };
}
var WEBHOOK_SECRET_MINIMUM = 16;
function secretPlaceholder(slug, index) {
  const name = slug.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
  return `SNYK_WEBHOOK_SECRET_${name}_${index + 1}`;
}
var webhookKind = defineKind("webhook", targets17).with({
  noun: { one: "webhook", many: "webhooks" },
  phase: { create: 56, delete: 54 },
  reads: {
    org: (_desired, want, org) => orgPartRead(want, org, "webhooks", (client, orgId) => client.listWebhooks(orgId))
  },
  plan(ctx) {
    const result = emptyResult();
    for (const binding of plannableOrgs(ctx)) {
      const wanted = binding.desired.webhooks;
      if (wanted === void 0) continue;
      const live = binding.live?.webhooks ?? [];
      const liveUrls = new Set(live.map((h) => h.url));
      for (const hook of wanted) {
        if (!liveUrls.has(hook.url))
          result.changes.push(createChange3(binding, hook, orgDependencies(binding)));
      }
      if (ctx.desired.prune.webhooks !== true || binding.live === void 0) continue;
      const listed = new Set(wanted.map((h) => h.url));
      for (const hook of live) {
        if (!listed.has(hook.url))
          result.changes.push(deleteChange3(binding, { ...hook, orgId: binding.live.id }));
      }
    }
    return result;
  },
  replaceable(ctx) {
    const out = [];
    for (const binding of plannableOrgs(ctx)) {
      const org = binding.live;
      if (org === void 0) continue;
      for (const hook of binding.desired.webhooks ?? []) {
        const live = org.webhooks?.find((h) => h.url === hook.url);
        if (live === void 0) continue;
        const address = webhookAddress(binding.slug, hook.url);
        out.push({
          address,
          changes: [
            deleteChange3(binding, { ...live, orgId: org.id }),
            createChange3(binding, hook, [address])
          ]
        });
      }
    }
    return out;
  },
  secrets: (change) => change.action === "create" ? [
    {
      env: change.target.secretEnv,
      minLength: WEBHOOK_SECRET_MINIMUM,
      rule: `Snyk refuses a webhook secret under ${WEBHOOK_SECRET_MINIMUM} characters`
    }
  ] : [],
  apply: {
    create: ({ target: t, address }, { client, ctx }) => {
      const orgId = orgIdOf(t, address, ctx);
      const secret = ctx.secrets.get(t.secretEnv);
      if (secret === void 0)
        throw new ApplyError(`${address}: the environment variable ${t.secretEnv} is not set`);
      return createOnce(
        () => client.createWebhook(orgId, t.url, secret),
        async () => (await client.listWebhooks(orgId)).some((h) => h.url === t.url)
      );
    },
    delete: deleteListedInOrg(
      (t) => t.webhookId,
      (client, orgId, id) => client.deleteWebhook(orgId, id),
      (client, orgId) => client.listWebhooks(orgId)
    )
  },
  simulate: simulateOrgList("webhooks", "webhookId", (t) => ({ url: t.url })),
  countLive: (live) => live.orgs.reduce((sum, org) => sum + (org.webhooks?.length ?? 0), 0),
  export(live, draft) {
    for (const org of live.orgs) {
      const entry = draft.org(org.id);
      if (entry === void 0 || org.webhooks === void 0) continue;
      const seen = /* @__PURE__ */ new Set();
      const hooks = [...org.webhooks].sort((a, b) => a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
      entry.webhooks = hooks.flatMap((hook) => {
        if (!EXPORT_PATTERNS.webhookUrl.test(hook.url) || seen.has(hook.url)) {
          draft.model.skipped.push(
            `webhook ${hook.url} of org ${org.slug} (not an https URL, or listed twice)`
          );
          return [];
        }
        seen.add(hook.url);
        return [{ url: hook.url, secretEnv: secretPlaceholder(org.slug, seen.size - 1) }];
      });
    }
  }
});

// src/core/kinds/index.ts
var REGISTRY = {
  org: orgKind,
  org_settings: orgSettingsKind,
  sast_settings: sastSettingsKind,
  iac_settings: iacSettingsKind,
  org_membership: orgMembershipKind,
  group_settings: groupSettingsKind,
  group_membership: groupMembershipKind,
  group_tag: groupTagKind,
  pull_request_template: pullRequestTemplateKind,
  tenant: tenantKind,
  tenant_membership: tenantMembershipKind,
  pending_user: pendingUserKind,
  project: projectKind,
  integration_settings: integrationSettingsKind,
  notification_settings: notificationSettingsKind,
  webhook: webhookKind,
  placement: placementKind,
  ignore: ignoreKind,
  import: importKind,
  service_account: serviceAccountKind
};
var KIND_MODULES = REGISTRY;
var KIND_NAMES = Object.keys(REGISTRY);
var KINDS = Object.values(KIND_MODULES);
function handlersOf(kind2) {
  return KIND_MODULES[kind2];
}

// src/core/resolve.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value) {
  return UUID.test(value);
}
var SCOPE_WORD = { org: "org", group: "group", tenant: "tenant" };
function createResolver(live, ignoreGlobs) {
  const byId = /* @__PURE__ */ new Map();
  const byEmail = /* @__PURE__ */ new Map();
  const byUsername = /* @__PURE__ */ new Map();
  for (const user of Object.values(live.users)) {
    byId.set(user.id, user);
    if (user.email !== void 0) byEmail.set(user.email.toLowerCase(), user);
    if (user.username !== void 0) byUsername.set(user.username.toLowerCase(), user);
  }
  let knownNames;
  const ignore = ignoreGlobs.length === 0 ? () => false : (0, import_picomatch2.default)([...ignoreGlobs], { nocase: true, dot: true });
  const cache2 = {};
  const cached = (scope) => {
    const roles = live.roles[scope];
    let entry = cache2[scope];
    if (entry?.roles !== roles) {
      entry = { roles, index: indexRoles(roles), found: /* @__PURE__ */ new Map() };
      cache2[scope] = entry;
    }
    return entry;
  };
  const findRole = (scope, ref) => {
    const { roles, index, found } = cached(scope);
    let match = found.get(ref);
    if (match === void 0) {
      match = matchRole(scope, roles, index, ref);
      found.set(ref, match);
    }
    return match;
  };
  return {
    findUser: (ref) => byId.get(ref) ?? byEmail.get(ref.toLowerCase()) ?? byUsername.get(ref.toLowerCase()),
    userById: (id) => byId.get(id),
    suggestUser: (ref) => {
      knownNames ??= Object.values(live.users).flatMap(
        (u) => [u.email, u.username].filter((n) => n !== void 0)
      );
      const match = closestMatch(ref, knownNames);
      const local = ref.split("@")[0] ?? ref;
      const allowed = Math.min(3, Math.max(1, Math.floor(local.length / 3)));
      return match !== void 0 && editDistance(ref, match) <= allowed ? match : void 0;
    },
    findRole,
    roleName: (scope, roleId, fallback) => cached(scope).index.byExactId.get(roleId)?.name ?? fallback ?? roleId,
    isIgnored: ({ ref, email, username }) => ignoreGlobs.length > 0 && (ref !== void 0 && ignore(ref) || email !== void 0 && ignore(email) || username !== void 0 && ignore(username))
  };
}
function indexRoles(roles) {
  const index = {
    byExactId: /* @__PURE__ */ new Map(),
    byLowerId: /* @__PURE__ */ new Map(),
    byName: /* @__PURE__ */ new Map(),
    byLowerName: /* @__PURE__ */ new Map()
  };
  const add = (map, key, role) => {
    const list = map.get(key);
    if (list === void 0) map.set(key, [role]);
    else list.push(role);
  };
  for (const role of roles) {
    if (!index.byExactId.has(role.id)) index.byExactId.set(role.id, role);
    const lowerId = role.id.toLowerCase();
    if (!index.byLowerId.has(lowerId)) index.byLowerId.set(lowerId, role);
    add(index.byName, role.name, role);
    add(index.byLowerName, role.name.toLowerCase(), role);
  }
  return index;
}
function matchRole(scope, roles, index, ref) {
  const wanted = ref.toLowerCase();
  const byId = index.byLowerId.get(wanted);
  if (byId !== void 0) return { ok: true, role: byId };
  const loose = index.byName.get(ref) ?? index.byLowerName.get(wanted) ?? [];
  if (loose.length === 1) return { ok: true, role: loose[0] };
  if (loose.length > 1) {
    const candidates = loose.map((r) => `'${r.name}' (${r.id})`).join(", ");
    return {
      ok: false,
      message: `The ${SCOPE_WORD[scope]} role '${ref}' is ambiguous: ${candidates}. Write the role's id instead.`
    };
  }
  if (scope === "group" && isUuid(ref)) return { ok: true, role: { id: ref, name: ref } };
  const names = roles.map((r) => r.name);
  const hint = closestMatch(ref, names);
  const known = names.length === 0 ? "none known" : names.map((n) => `'${n}'`).join(", ");
  const learned = scope === "group" ? " (group roles are learned from existing group memberships; a role id always works)" : "";
  return {
    ok: false,
    message: `Unknown ${SCOPE_WORD[scope]} role '${ref}'.${hint === void 0 ? "" : ` Did you mean '${hint}'?`} Roles: ${known}${learned}.`
  };
}

export {
  estimateApplySeconds,
  applyBudgetSentence,
  ruleMatches,
  designation,
  designationsOf,
  matchOrgs,
  adminRoleIds,
  overrideInput,
  listAddresses,
  ApplyError,
  liveRead,
  addUsers,
  rolesOf,
  require_fast_json_patch,
  createExportDraft,
  Imports,
  ownersToList,
  pendingUserAddress,
  ServiceAccounts,
  accountRotations,
  KIND_MODULES,
  KIND_NAMES,
  KINDS,
  handlersOf,
  isUuid,
  createResolver
};
