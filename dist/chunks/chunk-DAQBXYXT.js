import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_EXPIRY_WARNING_DAYS,
  GroupSettingsSchema,
  HasPropertyKey,
  INTEGRATION_TYPES,
  IndexFromPropertyKeys,
  IntegrationSettingsSchema,
  IsArray,
  IsAsyncIterator,
  IsBigInt,
  IsBoolean,
  IsDate,
  IsFunction,
  IsInteger,
  IsIterator,
  IsKind,
  IsMap,
  IsNull,
  IsNumber,
  IsObject,
  IsPromise,
  IsSchema,
  IsSet,
  IsStandardObject,
  IsString,
  IsSymbol,
  IsTemplateLiteralFinite,
  IsTransform,
  IsTypedArray,
  IsUint8Array,
  IsUndefined,
  IsUndefined2,
  IsValueType,
  KeyOfPattern,
  KeyOfPropertyKeys,
  Kind,
  Literal,
  Never,
  ORG_SETTINGS_PARTS,
  Object as Object2,
  String as String2,
  TAG_VALUE_PATTERN,
  TemplateLiteralGenerate,
  TransformKind,
  Type,
  TypeBoxError,
  TypeSystemPolicy,
  Union,
  Unknown,
  closestMatch,
  editDistance,
  expiredNote,
  expiryOf,
  formatInstant,
  isPlainObject,
  mergeDeep,
  projectOnto,
  require_picomatch,
  toJson,
  type_exports
} from "./chunk-M7VFZMOA.js";
import {
  groupMemberAddress,
  integrationAddress,
  labelUser,
  labelUserRef,
  orgAddress,
  orgMemberAddress,
  tenantMemberAddress,
  webhookAddress
} from "./chunk-PJ7DIPIQ.js";
import {
  GitopsError,
  escapeNonAscii,
  skeleton
} from "./chunk-F7JU6O3C.js";
import {
  __commonJS,
  __export,
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
  ).map((c) => c.address);
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
  if (want[part] === void 0) return [];
  return [
    liveRead(
      `${orgAddress(want.slug)}.${part}`,
      (client) => fetch(client, org.id),
      (value) => {
        org[part] = value;
      }
    )
  ];
}
function groupPartRead(desired, part, fetch) {
  if (desired.group[part] === void 0) return [];
  return [
    liveRead(
      `group.${part}`,
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
    "group.members",
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
    "roles.org",
    (client) => client.listOrgRoles(desired.group.id),
    (roles, live) => {
      live.roles.org = roles.map((r) => ({ id: r.id, name: r.name }));
    }
  );
}

// src/core/kinds/kind.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);
function defineKind(kind, targets12) {
  return { with: (parts) => ({ kind, targets: targets12, ...parts }) };
}
function updateOf(before, after) {
  return { before, after, patch: import_fast_json_patch.default.compare(before, after) };
}
function emptyResult() {
  return { changes: [], warnings: [], issues: [], unknownUsers: [] };
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
      if (named.has(live.userId)) continue;
      const user = resolver.userById(live.userId);
      if (resolver.isIgnored({ email: user?.email, username: user?.username })) continue;
      diff.deletes.push(live);
    }
  }
  return diff;
}
function planExpired(scope, entries, liveByUser, listed, diff) {
  const ended = /* @__PURE__ */ new Set();
  for (const { spec, user, at } of entries) {
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

// node_modules/@sinclair/typebox/build/esm/type/registry/format.mjs
var format_exports = {};
__export(format_exports, {
  Clear: () => Clear,
  Delete: () => Delete,
  Entries: () => Entries,
  Get: () => Get,
  Has: () => Has,
  Set: () => Set2
});
var map = /* @__PURE__ */ new Map();
function Entries() {
  return new Map(map);
}
function Clear() {
  return map.clear();
}
function Delete(format) {
  return map.delete(format);
}
function Has(format) {
  return map.has(format);
}
function Set2(format, func) {
  map.set(format, func);
}
function Get(format) {
  return map.get(format);
}

// node_modules/@sinclair/typebox/build/esm/type/registry/type.mjs
var type_exports2 = {};
__export(type_exports2, {
  Clear: () => Clear2,
  Delete: () => Delete2,
  Entries: () => Entries2,
  Get: () => Get2,
  Has: () => Has2,
  Set: () => Set3
});
var map2 = /* @__PURE__ */ new Map();
function Entries2() {
  return new Map(map2);
}
function Clear2() {
  return map2.clear();
}
function Delete2(kind) {
  return map2.delete(kind);
}
function Has2(kind) {
  return map2.has(kind);
}
function Set3(kind, func) {
  map2.set(kind, func);
}
function Get2(kind) {
  return map2.get(kind);
}

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof-property-entries.mjs
function KeyOfPropertyEntries(schema) {
  const keys = KeyOfPropertyKeys(schema);
  const schemas = IndexFromPropertyKeys(schema, keys);
  return keys.map((_, index) => [keys[index], schemas[index]]);
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-undefined.mjs
function Intersect(schema) {
  return schema.allOf.every((schema2) => ExtendsUndefinedCheck(schema2));
}
function Union2(schema) {
  return schema.anyOf.some((schema2) => ExtendsUndefinedCheck(schema2));
}
function Not(schema) {
  return !ExtendsUndefinedCheck(schema.not);
}
function ExtendsUndefinedCheck(schema) {
  return schema[Kind] === "Intersect" ? Intersect(schema) : schema[Kind] === "Union" ? Union2(schema) : schema[Kind] === "Not" ? Not(schema) : schema[Kind] === "Undefined" ? true : false;
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
  const { kind, target: target2 } = scope;
  const roleOf = (live) => live.roleName || ctx.resolver.roleName(scope.roleScope, live.roleId);
  const creates = diff.creates.map((member) => ({
    action: "create",
    kind,
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
    kind,
    address: scope.address(labelUser(member.user)),
    ...updateOf({ role: roleOf(live) }, { role: member.role.name }),
    ...member.spec.expires === void 0 ? {} : { note: `access ends ${member.spec.expires} (expires in the file)` },
    dependsOn: [],
    target: { ...target2, membershipId: live.id, userId: live.userId, roleId: member.role.id }
  }));
  const remove2 = (live) => ({
    action: "delete",
    kind,
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
          [address]
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

// node_modules/@sinclair/typebox/build/esm/errors/function.mjs
function DefaultErrorFunction(error) {
  switch (error.errorType) {
    case ValueErrorType.ArrayContains:
      return "Expected array to contain at least one matching value";
    case ValueErrorType.ArrayMaxContains:
      return `Expected array to contain no more than ${error.schema.maxContains} matching values`;
    case ValueErrorType.ArrayMinContains:
      return `Expected array to contain at least ${error.schema.minContains} matching values`;
    case ValueErrorType.ArrayMaxItems:
      return `Expected array length to be less or equal to ${error.schema.maxItems}`;
    case ValueErrorType.ArrayMinItems:
      return `Expected array length to be greater or equal to ${error.schema.minItems}`;
    case ValueErrorType.ArrayUniqueItems:
      return "Expected array elements to be unique";
    case ValueErrorType.Array:
      return "Expected array";
    case ValueErrorType.AsyncIterator:
      return "Expected AsyncIterator";
    case ValueErrorType.BigIntExclusiveMaximum:
      return `Expected bigint to be less than ${error.schema.exclusiveMaximum}`;
    case ValueErrorType.BigIntExclusiveMinimum:
      return `Expected bigint to be greater than ${error.schema.exclusiveMinimum}`;
    case ValueErrorType.BigIntMaximum:
      return `Expected bigint to be less or equal to ${error.schema.maximum}`;
    case ValueErrorType.BigIntMinimum:
      return `Expected bigint to be greater or equal to ${error.schema.minimum}`;
    case ValueErrorType.BigIntMultipleOf:
      return `Expected bigint to be a multiple of ${error.schema.multipleOf}`;
    case ValueErrorType.BigInt:
      return "Expected bigint";
    case ValueErrorType.Boolean:
      return "Expected boolean";
    case ValueErrorType.DateExclusiveMinimumTimestamp:
      return `Expected Date timestamp to be greater than ${error.schema.exclusiveMinimumTimestamp}`;
    case ValueErrorType.DateExclusiveMaximumTimestamp:
      return `Expected Date timestamp to be less than ${error.schema.exclusiveMaximumTimestamp}`;
    case ValueErrorType.DateMinimumTimestamp:
      return `Expected Date timestamp to be greater or equal to ${error.schema.minimumTimestamp}`;
    case ValueErrorType.DateMaximumTimestamp:
      return `Expected Date timestamp to be less or equal to ${error.schema.maximumTimestamp}`;
    case ValueErrorType.DateMultipleOfTimestamp:
      return `Expected Date timestamp to be a multiple of ${error.schema.multipleOfTimestamp}`;
    case ValueErrorType.Date:
      return "Expected Date";
    case ValueErrorType.Function:
      return "Expected function";
    case ValueErrorType.IntegerExclusiveMaximum:
      return `Expected integer to be less than ${error.schema.exclusiveMaximum}`;
    case ValueErrorType.IntegerExclusiveMinimum:
      return `Expected integer to be greater than ${error.schema.exclusiveMinimum}`;
    case ValueErrorType.IntegerMaximum:
      return `Expected integer to be less or equal to ${error.schema.maximum}`;
    case ValueErrorType.IntegerMinimum:
      return `Expected integer to be greater or equal to ${error.schema.minimum}`;
    case ValueErrorType.IntegerMultipleOf:
      return `Expected integer to be a multiple of ${error.schema.multipleOf}`;
    case ValueErrorType.Integer:
      return "Expected integer";
    case ValueErrorType.IntersectUnevaluatedProperties:
      return "Unexpected property";
    case ValueErrorType.Intersect:
      return "Expected all values to match";
    case ValueErrorType.Iterator:
      return "Expected Iterator";
    case ValueErrorType.Literal:
      return `Expected ${typeof error.schema.const === "string" ? `'${error.schema.const}'` : error.schema.const}`;
    case ValueErrorType.Never:
      return "Never";
    case ValueErrorType.Not:
      return "Value should not match";
    case ValueErrorType.Null:
      return "Expected null";
    case ValueErrorType.NumberExclusiveMaximum:
      return `Expected number to be less than ${error.schema.exclusiveMaximum}`;
    case ValueErrorType.NumberExclusiveMinimum:
      return `Expected number to be greater than ${error.schema.exclusiveMinimum}`;
    case ValueErrorType.NumberMaximum:
      return `Expected number to be less or equal to ${error.schema.maximum}`;
    case ValueErrorType.NumberMinimum:
      return `Expected number to be greater or equal to ${error.schema.minimum}`;
    case ValueErrorType.NumberMultipleOf:
      return `Expected number to be a multiple of ${error.schema.multipleOf}`;
    case ValueErrorType.Number:
      return "Expected number";
    case ValueErrorType.Object:
      return "Expected object";
    case ValueErrorType.ObjectAdditionalProperties:
      return "Unexpected property";
    case ValueErrorType.ObjectMaxProperties:
      return `Expected object to have no more than ${error.schema.maxProperties} properties`;
    case ValueErrorType.ObjectMinProperties:
      return `Expected object to have at least ${error.schema.minProperties} properties`;
    case ValueErrorType.ObjectRequiredProperty:
      return "Expected required property";
    case ValueErrorType.Promise:
      return "Expected Promise";
    case ValueErrorType.RegExp:
      return "Expected string to match regular expression";
    case ValueErrorType.StringFormatUnknown:
      return `Unknown format '${error.schema.format}'`;
    case ValueErrorType.StringFormat:
      return `Expected string to match '${error.schema.format}' format`;
    case ValueErrorType.StringMaxLength:
      return `Expected string length less or equal to ${error.schema.maxLength}`;
    case ValueErrorType.StringMinLength:
      return `Expected string length greater or equal to ${error.schema.minLength}`;
    case ValueErrorType.StringPattern:
      return `Expected string to match '${error.schema.pattern}'`;
    case ValueErrorType.String:
      return "Expected string";
    case ValueErrorType.Symbol:
      return "Expected symbol";
    case ValueErrorType.TupleLength:
      return `Expected tuple to have ${error.schema.maxItems || 0} elements`;
    case ValueErrorType.Tuple:
      return "Expected tuple";
    case ValueErrorType.Uint8ArrayMaxByteLength:
      return `Expected byte length less or equal to ${error.schema.maxByteLength}`;
    case ValueErrorType.Uint8ArrayMinByteLength:
      return `Expected byte length greater or equal to ${error.schema.minByteLength}`;
    case ValueErrorType.Uint8Array:
      return "Expected Uint8Array";
    case ValueErrorType.Undefined:
      return "Expected undefined";
    case ValueErrorType.Union:
      return "Expected union value";
    case ValueErrorType.Void:
      return "Expected void";
    case ValueErrorType.Kind:
      return `Expected kind '${error.schema[Kind]}'`;
    default:
      return "Unknown error type";
  }
}
var errorFunction = DefaultErrorFunction;
function GetErrorFunction() {
  return errorFunction;
}

// node_modules/@sinclair/typebox/build/esm/value/deref/deref.mjs
var TypeDereferenceError = class extends TypeBoxError {
  constructor(schema) {
    super(`Unable to dereference schema with $id '${schema.$ref}'`);
    this.schema = schema;
  }
};
function Resolve(schema, references) {
  const target2 = references.find((target3) => target3.$id === schema.$ref);
  if (target2 === void 0)
    throw new TypeDereferenceError(schema);
  return Deref(target2, references);
}
function Pushref(schema, references) {
  if (!IsString(schema.$id) || references.some((target2) => target2.$id === schema.$id))
    return references;
  references.push(schema);
  return references;
}
function Deref(schema, references) {
  return schema[Kind] === "This" || schema[Kind] === "Ref" ? Resolve(schema, references) : schema;
}

// node_modules/@sinclair/typebox/build/esm/value/hash/hash.mjs
var ValueHashError = class extends TypeBoxError {
  constructor(value) {
    super(`Unable to hash value`);
    this.value = value;
  }
};
var ByteMarker;
(function(ByteMarker2) {
  ByteMarker2[ByteMarker2["Undefined"] = 0] = "Undefined";
  ByteMarker2[ByteMarker2["Null"] = 1] = "Null";
  ByteMarker2[ByteMarker2["Boolean"] = 2] = "Boolean";
  ByteMarker2[ByteMarker2["Number"] = 3] = "Number";
  ByteMarker2[ByteMarker2["String"] = 4] = "String";
  ByteMarker2[ByteMarker2["Object"] = 5] = "Object";
  ByteMarker2[ByteMarker2["Array"] = 6] = "Array";
  ByteMarker2[ByteMarker2["Date"] = 7] = "Date";
  ByteMarker2[ByteMarker2["Uint8Array"] = 8] = "Uint8Array";
  ByteMarker2[ByteMarker2["Symbol"] = 9] = "Symbol";
  ByteMarker2[ByteMarker2["BigInt"] = 10] = "BigInt";
})(ByteMarker || (ByteMarker = {}));
var Accumulator = BigInt("14695981039346656037");
var [Prime, Size] = [BigInt("1099511628211"), BigInt(
  "18446744073709551616"
  /* 2 ^ 64 */
)];
var Bytes = Array.from({ length: 256 }).map((_, i) => BigInt(i));
var F64 = new Float64Array(1);
var F64In = new DataView(F64.buffer);
var F64Out = new Uint8Array(F64.buffer);
function* NumberToBytes(value) {
  const byteCount = value === 0 ? 1 : Math.ceil(Math.floor(Math.log2(value) + 1) / 8);
  for (let i = 0; i < byteCount; i++) {
    yield value >> 8 * (byteCount - 1 - i) & 255;
  }
}
function ArrayType(value) {
  FNV1A64(ByteMarker.Array);
  for (const item of value) {
    Visit(item);
  }
}
function BooleanType(value) {
  FNV1A64(ByteMarker.Boolean);
  FNV1A64(value ? 1 : 0);
}
function BigIntType(value) {
  FNV1A64(ByteMarker.BigInt);
  F64In.setBigInt64(0, value);
  for (const byte of F64Out) {
    FNV1A64(byte);
  }
}
function DateType(value) {
  FNV1A64(ByteMarker.Date);
  Visit(value.getTime());
}
function NullType(value) {
  FNV1A64(ByteMarker.Null);
}
function NumberType(value) {
  FNV1A64(ByteMarker.Number);
  F64In.setFloat64(0, value);
  for (const byte of F64Out) {
    FNV1A64(byte);
  }
}
function ObjectType(value) {
  FNV1A64(ByteMarker.Object);
  for (const key of globalThis.Object.getOwnPropertyNames(value).sort()) {
    Visit(key);
    Visit(value[key]);
  }
}
function StringType(value) {
  FNV1A64(ByteMarker.String);
  for (let i = 0; i < value.length; i++) {
    for (const byte of NumberToBytes(value.charCodeAt(i))) {
      FNV1A64(byte);
    }
  }
}
function SymbolType(value) {
  FNV1A64(ByteMarker.Symbol);
  Visit(value.description);
}
function Uint8ArrayType(value) {
  FNV1A64(ByteMarker.Uint8Array);
  for (let i = 0; i < value.length; i++) {
    FNV1A64(value[i]);
  }
}
function UndefinedType(value) {
  return FNV1A64(ByteMarker.Undefined);
}
function Visit(value) {
  if (IsArray(value))
    return ArrayType(value);
  if (IsBoolean(value))
    return BooleanType(value);
  if (IsBigInt(value))
    return BigIntType(value);
  if (IsDate(value))
    return DateType(value);
  if (IsNull(value))
    return NullType(value);
  if (IsNumber(value))
    return NumberType(value);
  if (IsObject(value))
    return ObjectType(value);
  if (IsString(value))
    return StringType(value);
  if (IsSymbol(value))
    return SymbolType(value);
  if (IsUint8Array(value))
    return Uint8ArrayType(value);
  if (IsUndefined(value))
    return UndefinedType(value);
  throw new ValueHashError(value);
}
function FNV1A64(byte) {
  Accumulator = Accumulator ^ Bytes[byte];
  Accumulator = Accumulator * Prime % Size;
}
function Hash(value) {
  Accumulator = BigInt("14695981039346656037");
  Visit(value);
  return Accumulator;
}

// node_modules/@sinclair/typebox/build/esm/value/check/check.mjs
var ValueCheckUnknownTypeError = class extends TypeBoxError {
  constructor(schema) {
    super(`Unknown type`);
    this.schema = schema;
  }
};
function IsAnyOrUnknown(schema) {
  return schema[Kind] === "Any" || schema[Kind] === "Unknown";
}
function IsDefined(value) {
  return value !== void 0;
}
function FromAny(schema, references, value) {
  return true;
}
function FromArgument(schema, references, value) {
  return true;
}
function FromArray(schema, references, value) {
  if (!IsArray(value))
    return false;
  if (IsDefined(schema.minItems) && !(value.length >= schema.minItems)) {
    return false;
  }
  if (IsDefined(schema.maxItems) && !(value.length <= schema.maxItems)) {
    return false;
  }
  for (const element of value) {
    if (!Visit2(schema.items, references, element))
      return false;
  }
  if (schema.uniqueItems === true && !(function() {
    const set = /* @__PURE__ */ new Set();
    for (const element of value) {
      const hashed = Hash(element);
      if (set.has(hashed)) {
        return false;
      } else {
        set.add(hashed);
      }
    }
    return true;
  })()) {
    return false;
  }
  if (!(IsDefined(schema.contains) || IsNumber(schema.minContains) || IsNumber(schema.maxContains))) {
    return true;
  }
  const containsSchema = IsDefined(schema.contains) ? schema.contains : Never();
  const containsCount = value.reduce((acc, value2) => Visit2(containsSchema, references, value2) ? acc + 1 : acc, 0);
  if (containsCount === 0) {
    return false;
  }
  if (IsNumber(schema.minContains) && containsCount < schema.minContains) {
    return false;
  }
  if (IsNumber(schema.maxContains) && containsCount > schema.maxContains) {
    return false;
  }
  return true;
}
function FromAsyncIterator(schema, references, value) {
  return IsAsyncIterator(value);
}
function FromBigInt(schema, references, value) {
  if (!IsBigInt(value))
    return false;
  if (IsDefined(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    return false;
  }
  if (IsDefined(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    return false;
  }
  if (IsDefined(schema.maximum) && !(value <= schema.maximum)) {
    return false;
  }
  if (IsDefined(schema.minimum) && !(value >= schema.minimum)) {
    return false;
  }
  if (IsDefined(schema.multipleOf) && !(value % schema.multipleOf === BigInt(0))) {
    return false;
  }
  return true;
}
function FromBoolean(schema, references, value) {
  return IsBoolean(value);
}
function FromConstructor(schema, references, value) {
  return Visit2(schema.returns, references, value.prototype);
}
function FromDate(schema, references, value) {
  if (!IsDate(value))
    return false;
  if (IsDefined(schema.exclusiveMaximumTimestamp) && !(value.getTime() < schema.exclusiveMaximumTimestamp)) {
    return false;
  }
  if (IsDefined(schema.exclusiveMinimumTimestamp) && !(value.getTime() > schema.exclusiveMinimumTimestamp)) {
    return false;
  }
  if (IsDefined(schema.maximumTimestamp) && !(value.getTime() <= schema.maximumTimestamp)) {
    return false;
  }
  if (IsDefined(schema.minimumTimestamp) && !(value.getTime() >= schema.minimumTimestamp)) {
    return false;
  }
  if (IsDefined(schema.multipleOfTimestamp) && !(value.getTime() % schema.multipleOfTimestamp === 0)) {
    return false;
  }
  return true;
}
function FromFunction(schema, references, value) {
  return IsFunction(value);
}
function FromImport(schema, references, value) {
  const definitions = globalThis.Object.values(schema.$defs);
  const target2 = schema.$defs[schema.$ref];
  return Visit2(target2, [...references, ...definitions], value);
}
function FromInteger(schema, references, value) {
  if (!IsInteger(value)) {
    return false;
  }
  if (IsDefined(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    return false;
  }
  if (IsDefined(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    return false;
  }
  if (IsDefined(schema.maximum) && !(value <= schema.maximum)) {
    return false;
  }
  if (IsDefined(schema.minimum) && !(value >= schema.minimum)) {
    return false;
  }
  if (IsDefined(schema.multipleOf) && !(value % schema.multipleOf === 0)) {
    return false;
  }
  return true;
}
function FromIntersect(schema, references, value) {
  const check1 = schema.allOf.every((schema2) => Visit2(schema2, references, value));
  if (schema.unevaluatedProperties === false) {
    const keyPattern = new RegExp(KeyOfPattern(schema));
    const check2 = Object.getOwnPropertyNames(value).every((key) => keyPattern.test(key));
    return check1 && check2;
  } else if (IsSchema(schema.unevaluatedProperties)) {
    const keyCheck = new RegExp(KeyOfPattern(schema));
    const check2 = Object.getOwnPropertyNames(value).every((key) => keyCheck.test(key) || Visit2(schema.unevaluatedProperties, references, value[key]));
    return check1 && check2;
  } else {
    return check1;
  }
}
function FromIterator(schema, references, value) {
  return IsIterator(value);
}
function FromLiteral(schema, references, value) {
  return value === schema.const;
}
function FromNever(schema, references, value) {
  return false;
}
function FromNot(schema, references, value) {
  return !Visit2(schema.not, references, value);
}
function FromNull(schema, references, value) {
  return IsNull(value);
}
function FromNumber(schema, references, value) {
  if (!TypeSystemPolicy.IsNumberLike(value))
    return false;
  if (IsDefined(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    return false;
  }
  if (IsDefined(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    return false;
  }
  if (IsDefined(schema.minimum) && !(value >= schema.minimum)) {
    return false;
  }
  if (IsDefined(schema.maximum) && !(value <= schema.maximum)) {
    return false;
  }
  if (IsDefined(schema.multipleOf) && !(value % schema.multipleOf === 0)) {
    return false;
  }
  return true;
}
function FromObject(schema, references, value) {
  if (!TypeSystemPolicy.IsObjectLike(value))
    return false;
  if (IsDefined(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties)) {
    return false;
  }
  if (IsDefined(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties)) {
    return false;
  }
  const knownKeys = Object.getOwnPropertyNames(schema.properties);
  for (const knownKey of knownKeys) {
    const property = schema.properties[knownKey];
    if (schema.required && schema.required.includes(knownKey)) {
      if (!Visit2(property, references, value[knownKey])) {
        return false;
      }
      if ((ExtendsUndefinedCheck(property) || IsAnyOrUnknown(property)) && !(knownKey in value)) {
        return false;
      }
    } else {
      if (TypeSystemPolicy.IsExactOptionalProperty(value, knownKey) && !Visit2(property, references, value[knownKey])) {
        return false;
      }
    }
  }
  if (schema.additionalProperties === false) {
    const valueKeys = Object.getOwnPropertyNames(value);
    if (schema.required && schema.required.length === knownKeys.length && valueKeys.length === knownKeys.length) {
      return true;
    } else {
      return valueKeys.every((valueKey) => knownKeys.includes(valueKey));
    }
  } else if (typeof schema.additionalProperties === "object") {
    const valueKeys = Object.getOwnPropertyNames(value);
    return valueKeys.every((key) => knownKeys.includes(key) || Visit2(schema.additionalProperties, references, value[key]));
  } else {
    return true;
  }
}
function FromPromise(schema, references, value) {
  return IsPromise(value);
}
function FromRecord(schema, references, value) {
  if (!TypeSystemPolicy.IsRecordLike(value)) {
    return false;
  }
  if (IsDefined(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties)) {
    return false;
  }
  if (IsDefined(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties)) {
    return false;
  }
  const [patternKey, patternSchema] = Object.entries(schema.patternProperties)[0];
  const regex = new RegExp(patternKey);
  const check1 = Object.entries(value).every(([key, value2]) => {
    return regex.test(key) ? Visit2(patternSchema, references, value2) : true;
  });
  const check2 = typeof schema.additionalProperties === "object" ? Object.entries(value).every(([key, value2]) => {
    return !regex.test(key) ? Visit2(schema.additionalProperties, references, value2) : true;
  }) : true;
  const check3 = schema.additionalProperties === false ? Object.getOwnPropertyNames(value).every((key) => {
    return regex.test(key);
  }) : true;
  return check1 && check2 && check3;
}
function FromRef(schema, references, value) {
  return Visit2(Deref(schema, references), references, value);
}
function FromRegExp(schema, references, value) {
  const regex = new RegExp(schema.source, schema.flags);
  if (IsDefined(schema.minLength)) {
    if (!(value.length >= schema.minLength))
      return false;
  }
  if (IsDefined(schema.maxLength)) {
    if (!(value.length <= schema.maxLength))
      return false;
  }
  return regex.test(value);
}
function FromString(schema, references, value) {
  if (!IsString(value)) {
    return false;
  }
  if (IsDefined(schema.minLength)) {
    if (!(value.length >= schema.minLength))
      return false;
  }
  if (IsDefined(schema.maxLength)) {
    if (!(value.length <= schema.maxLength))
      return false;
  }
  if (IsDefined(schema.pattern)) {
    const regex = new RegExp(schema.pattern);
    if (!regex.test(value))
      return false;
  }
  if (IsDefined(schema.format)) {
    if (!format_exports.Has(schema.format))
      return false;
    const func = format_exports.Get(schema.format);
    return func(value);
  }
  return true;
}
function FromSymbol(schema, references, value) {
  return IsSymbol(value);
}
function FromTemplateLiteral(schema, references, value) {
  return IsString(value) && new RegExp(schema.pattern).test(value);
}
function FromThis(schema, references, value) {
  return Visit2(Deref(schema, references), references, value);
}
function FromTuple(schema, references, value) {
  if (!IsArray(value)) {
    return false;
  }
  if (schema.items === void 0 && !(value.length === 0)) {
    return false;
  }
  if (!(value.length === schema.maxItems)) {
    return false;
  }
  if (!schema.items) {
    return true;
  }
  for (let i = 0; i < schema.items.length; i++) {
    if (!Visit2(schema.items[i], references, value[i]))
      return false;
  }
  return true;
}
function FromUndefined(schema, references, value) {
  return IsUndefined(value);
}
function FromUnion(schema, references, value) {
  return schema.anyOf.some((inner) => Visit2(inner, references, value));
}
function FromUint8Array(schema, references, value) {
  if (!IsUint8Array(value)) {
    return false;
  }
  if (IsDefined(schema.maxByteLength) && !(value.length <= schema.maxByteLength)) {
    return false;
  }
  if (IsDefined(schema.minByteLength) && !(value.length >= schema.minByteLength)) {
    return false;
  }
  return true;
}
function FromUnknown(schema, references, value) {
  return true;
}
function FromVoid(schema, references, value) {
  return TypeSystemPolicy.IsVoidLike(value);
}
function FromKind(schema, references, value) {
  if (!type_exports2.Has(schema[Kind]))
    return false;
  const func = type_exports2.Get(schema[Kind]);
  return func(schema, value);
}
function Visit2(schema, references, value) {
  const references_ = IsDefined(schema.$id) ? Pushref(schema, references) : references;
  const schema_ = schema;
  switch (schema_[Kind]) {
    case "Any":
      return FromAny(schema_, references_, value);
    case "Argument":
      return FromArgument(schema_, references_, value);
    case "Array":
      return FromArray(schema_, references_, value);
    case "AsyncIterator":
      return FromAsyncIterator(schema_, references_, value);
    case "BigInt":
      return FromBigInt(schema_, references_, value);
    case "Boolean":
      return FromBoolean(schema_, references_, value);
    case "Constructor":
      return FromConstructor(schema_, references_, value);
    case "Date":
      return FromDate(schema_, references_, value);
    case "Function":
      return FromFunction(schema_, references_, value);
    case "Import":
      return FromImport(schema_, references_, value);
    case "Integer":
      return FromInteger(schema_, references_, value);
    case "Intersect":
      return FromIntersect(schema_, references_, value);
    case "Iterator":
      return FromIterator(schema_, references_, value);
    case "Literal":
      return FromLiteral(schema_, references_, value);
    case "Never":
      return FromNever(schema_, references_, value);
    case "Not":
      return FromNot(schema_, references_, value);
    case "Null":
      return FromNull(schema_, references_, value);
    case "Number":
      return FromNumber(schema_, references_, value);
    case "Object":
      return FromObject(schema_, references_, value);
    case "Promise":
      return FromPromise(schema_, references_, value);
    case "Record":
      return FromRecord(schema_, references_, value);
    case "Ref":
      return FromRef(schema_, references_, value);
    case "RegExp":
      return FromRegExp(schema_, references_, value);
    case "String":
      return FromString(schema_, references_, value);
    case "Symbol":
      return FromSymbol(schema_, references_, value);
    case "TemplateLiteral":
      return FromTemplateLiteral(schema_, references_, value);
    case "This":
      return FromThis(schema_, references_, value);
    case "Tuple":
      return FromTuple(schema_, references_, value);
    case "Undefined":
      return FromUndefined(schema_, references_, value);
    case "Union":
      return FromUnion(schema_, references_, value);
    case "Uint8Array":
      return FromUint8Array(schema_, references_, value);
    case "Unknown":
      return FromUnknown(schema_, references_, value);
    case "Void":
      return FromVoid(schema_, references_, value);
    default:
      if (!type_exports2.Has(schema_[Kind]))
        throw new ValueCheckUnknownTypeError(schema_);
      return FromKind(schema_, references_, value);
  }
}
function Check(...args) {
  return args.length === 3 ? Visit2(args[0], args[1], args[2]) : Visit2(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/errors/errors.mjs
var ValueErrorType;
(function(ValueErrorType2) {
  ValueErrorType2[ValueErrorType2["ArrayContains"] = 0] = "ArrayContains";
  ValueErrorType2[ValueErrorType2["ArrayMaxContains"] = 1] = "ArrayMaxContains";
  ValueErrorType2[ValueErrorType2["ArrayMaxItems"] = 2] = "ArrayMaxItems";
  ValueErrorType2[ValueErrorType2["ArrayMinContains"] = 3] = "ArrayMinContains";
  ValueErrorType2[ValueErrorType2["ArrayMinItems"] = 4] = "ArrayMinItems";
  ValueErrorType2[ValueErrorType2["ArrayUniqueItems"] = 5] = "ArrayUniqueItems";
  ValueErrorType2[ValueErrorType2["Array"] = 6] = "Array";
  ValueErrorType2[ValueErrorType2["AsyncIterator"] = 7] = "AsyncIterator";
  ValueErrorType2[ValueErrorType2["BigIntExclusiveMaximum"] = 8] = "BigIntExclusiveMaximum";
  ValueErrorType2[ValueErrorType2["BigIntExclusiveMinimum"] = 9] = "BigIntExclusiveMinimum";
  ValueErrorType2[ValueErrorType2["BigIntMaximum"] = 10] = "BigIntMaximum";
  ValueErrorType2[ValueErrorType2["BigIntMinimum"] = 11] = "BigIntMinimum";
  ValueErrorType2[ValueErrorType2["BigIntMultipleOf"] = 12] = "BigIntMultipleOf";
  ValueErrorType2[ValueErrorType2["BigInt"] = 13] = "BigInt";
  ValueErrorType2[ValueErrorType2["Boolean"] = 14] = "Boolean";
  ValueErrorType2[ValueErrorType2["DateExclusiveMaximumTimestamp"] = 15] = "DateExclusiveMaximumTimestamp";
  ValueErrorType2[ValueErrorType2["DateExclusiveMinimumTimestamp"] = 16] = "DateExclusiveMinimumTimestamp";
  ValueErrorType2[ValueErrorType2["DateMaximumTimestamp"] = 17] = "DateMaximumTimestamp";
  ValueErrorType2[ValueErrorType2["DateMinimumTimestamp"] = 18] = "DateMinimumTimestamp";
  ValueErrorType2[ValueErrorType2["DateMultipleOfTimestamp"] = 19] = "DateMultipleOfTimestamp";
  ValueErrorType2[ValueErrorType2["Date"] = 20] = "Date";
  ValueErrorType2[ValueErrorType2["Function"] = 21] = "Function";
  ValueErrorType2[ValueErrorType2["IntegerExclusiveMaximum"] = 22] = "IntegerExclusiveMaximum";
  ValueErrorType2[ValueErrorType2["IntegerExclusiveMinimum"] = 23] = "IntegerExclusiveMinimum";
  ValueErrorType2[ValueErrorType2["IntegerMaximum"] = 24] = "IntegerMaximum";
  ValueErrorType2[ValueErrorType2["IntegerMinimum"] = 25] = "IntegerMinimum";
  ValueErrorType2[ValueErrorType2["IntegerMultipleOf"] = 26] = "IntegerMultipleOf";
  ValueErrorType2[ValueErrorType2["Integer"] = 27] = "Integer";
  ValueErrorType2[ValueErrorType2["IntersectUnevaluatedProperties"] = 28] = "IntersectUnevaluatedProperties";
  ValueErrorType2[ValueErrorType2["Intersect"] = 29] = "Intersect";
  ValueErrorType2[ValueErrorType2["Iterator"] = 30] = "Iterator";
  ValueErrorType2[ValueErrorType2["Kind"] = 31] = "Kind";
  ValueErrorType2[ValueErrorType2["Literal"] = 32] = "Literal";
  ValueErrorType2[ValueErrorType2["Never"] = 33] = "Never";
  ValueErrorType2[ValueErrorType2["Not"] = 34] = "Not";
  ValueErrorType2[ValueErrorType2["Null"] = 35] = "Null";
  ValueErrorType2[ValueErrorType2["NumberExclusiveMaximum"] = 36] = "NumberExclusiveMaximum";
  ValueErrorType2[ValueErrorType2["NumberExclusiveMinimum"] = 37] = "NumberExclusiveMinimum";
  ValueErrorType2[ValueErrorType2["NumberMaximum"] = 38] = "NumberMaximum";
  ValueErrorType2[ValueErrorType2["NumberMinimum"] = 39] = "NumberMinimum";
  ValueErrorType2[ValueErrorType2["NumberMultipleOf"] = 40] = "NumberMultipleOf";
  ValueErrorType2[ValueErrorType2["Number"] = 41] = "Number";
  ValueErrorType2[ValueErrorType2["ObjectAdditionalProperties"] = 42] = "ObjectAdditionalProperties";
  ValueErrorType2[ValueErrorType2["ObjectMaxProperties"] = 43] = "ObjectMaxProperties";
  ValueErrorType2[ValueErrorType2["ObjectMinProperties"] = 44] = "ObjectMinProperties";
  ValueErrorType2[ValueErrorType2["ObjectRequiredProperty"] = 45] = "ObjectRequiredProperty";
  ValueErrorType2[ValueErrorType2["Object"] = 46] = "Object";
  ValueErrorType2[ValueErrorType2["Promise"] = 47] = "Promise";
  ValueErrorType2[ValueErrorType2["RegExp"] = 48] = "RegExp";
  ValueErrorType2[ValueErrorType2["StringFormatUnknown"] = 49] = "StringFormatUnknown";
  ValueErrorType2[ValueErrorType2["StringFormat"] = 50] = "StringFormat";
  ValueErrorType2[ValueErrorType2["StringMaxLength"] = 51] = "StringMaxLength";
  ValueErrorType2[ValueErrorType2["StringMinLength"] = 52] = "StringMinLength";
  ValueErrorType2[ValueErrorType2["StringPattern"] = 53] = "StringPattern";
  ValueErrorType2[ValueErrorType2["String"] = 54] = "String";
  ValueErrorType2[ValueErrorType2["Symbol"] = 55] = "Symbol";
  ValueErrorType2[ValueErrorType2["TupleLength"] = 56] = "TupleLength";
  ValueErrorType2[ValueErrorType2["Tuple"] = 57] = "Tuple";
  ValueErrorType2[ValueErrorType2["Uint8ArrayMaxByteLength"] = 58] = "Uint8ArrayMaxByteLength";
  ValueErrorType2[ValueErrorType2["Uint8ArrayMinByteLength"] = 59] = "Uint8ArrayMinByteLength";
  ValueErrorType2[ValueErrorType2["Uint8Array"] = 60] = "Uint8Array";
  ValueErrorType2[ValueErrorType2["Undefined"] = 61] = "Undefined";
  ValueErrorType2[ValueErrorType2["Union"] = 62] = "Union";
  ValueErrorType2[ValueErrorType2["Void"] = 63] = "Void";
})(ValueErrorType || (ValueErrorType = {}));
var ValueErrorsUnknownTypeError = class extends TypeBoxError {
  constructor(schema) {
    super("Unknown type");
    this.schema = schema;
  }
};
function EscapeKey(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function IsDefined2(value) {
  return value !== void 0;
}
var ValueErrorIterator = class {
  constructor(iterator) {
    this.iterator = iterator;
  }
  [Symbol.iterator]() {
    return this.iterator;
  }
  /** Returns the first value error or undefined if no errors */
  First() {
    const next = this.iterator.next();
    return next.done ? void 0 : next.value;
  }
};
function Create(errorType, schema, path, value, errors = []) {
  return {
    type: errorType,
    schema,
    path,
    value,
    message: GetErrorFunction()({ errorType, path, schema, value, errors }),
    errors
  };
}
function* FromAny2(schema, references, path, value) {
}
function* FromArgument2(schema, references, path, value) {
}
function* FromArray2(schema, references, path, value) {
  if (!IsArray(value)) {
    return yield Create(ValueErrorType.Array, schema, path, value);
  }
  if (IsDefined2(schema.minItems) && !(value.length >= schema.minItems)) {
    yield Create(ValueErrorType.ArrayMinItems, schema, path, value);
  }
  if (IsDefined2(schema.maxItems) && !(value.length <= schema.maxItems)) {
    yield Create(ValueErrorType.ArrayMaxItems, schema, path, value);
  }
  for (let i = 0; i < value.length; i++) {
    yield* Visit3(schema.items, references, `${path}/${i}`, value[i]);
  }
  if (schema.uniqueItems === true && !(function() {
    const set = /* @__PURE__ */ new Set();
    for (const element of value) {
      const hashed = Hash(element);
      if (set.has(hashed)) {
        return false;
      } else {
        set.add(hashed);
      }
    }
    return true;
  })()) {
    yield Create(ValueErrorType.ArrayUniqueItems, schema, path, value);
  }
  if (!(IsDefined2(schema.contains) || IsDefined2(schema.minContains) || IsDefined2(schema.maxContains))) {
    return;
  }
  const containsSchema = IsDefined2(schema.contains) ? schema.contains : Never();
  const containsCount = value.reduce((acc, value2, index) => Visit3(containsSchema, references, `${path}${index}`, value2).next().done === true ? acc + 1 : acc, 0);
  if (containsCount === 0) {
    yield Create(ValueErrorType.ArrayContains, schema, path, value);
  }
  if (IsNumber(schema.minContains) && containsCount < schema.minContains) {
    yield Create(ValueErrorType.ArrayMinContains, schema, path, value);
  }
  if (IsNumber(schema.maxContains) && containsCount > schema.maxContains) {
    yield Create(ValueErrorType.ArrayMaxContains, schema, path, value);
  }
}
function* FromAsyncIterator2(schema, references, path, value) {
  if (!IsAsyncIterator(value))
    yield Create(ValueErrorType.AsyncIterator, schema, path, value);
}
function* FromBigInt2(schema, references, path, value) {
  if (!IsBigInt(value))
    return yield Create(ValueErrorType.BigInt, schema, path, value);
  if (IsDefined2(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    yield Create(ValueErrorType.BigIntExclusiveMaximum, schema, path, value);
  }
  if (IsDefined2(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    yield Create(ValueErrorType.BigIntExclusiveMinimum, schema, path, value);
  }
  if (IsDefined2(schema.maximum) && !(value <= schema.maximum)) {
    yield Create(ValueErrorType.BigIntMaximum, schema, path, value);
  }
  if (IsDefined2(schema.minimum) && !(value >= schema.minimum)) {
    yield Create(ValueErrorType.BigIntMinimum, schema, path, value);
  }
  if (IsDefined2(schema.multipleOf) && !(value % schema.multipleOf === BigInt(0))) {
    yield Create(ValueErrorType.BigIntMultipleOf, schema, path, value);
  }
}
function* FromBoolean2(schema, references, path, value) {
  if (!IsBoolean(value))
    yield Create(ValueErrorType.Boolean, schema, path, value);
}
function* FromConstructor2(schema, references, path, value) {
  yield* Visit3(schema.returns, references, path, value.prototype);
}
function* FromDate2(schema, references, path, value) {
  if (!IsDate(value))
    return yield Create(ValueErrorType.Date, schema, path, value);
  if (IsDefined2(schema.exclusiveMaximumTimestamp) && !(value.getTime() < schema.exclusiveMaximumTimestamp)) {
    yield Create(ValueErrorType.DateExclusiveMaximumTimestamp, schema, path, value);
  }
  if (IsDefined2(schema.exclusiveMinimumTimestamp) && !(value.getTime() > schema.exclusiveMinimumTimestamp)) {
    yield Create(ValueErrorType.DateExclusiveMinimumTimestamp, schema, path, value);
  }
  if (IsDefined2(schema.maximumTimestamp) && !(value.getTime() <= schema.maximumTimestamp)) {
    yield Create(ValueErrorType.DateMaximumTimestamp, schema, path, value);
  }
  if (IsDefined2(schema.minimumTimestamp) && !(value.getTime() >= schema.minimumTimestamp)) {
    yield Create(ValueErrorType.DateMinimumTimestamp, schema, path, value);
  }
  if (IsDefined2(schema.multipleOfTimestamp) && !(value.getTime() % schema.multipleOfTimestamp === 0)) {
    yield Create(ValueErrorType.DateMultipleOfTimestamp, schema, path, value);
  }
}
function* FromFunction2(schema, references, path, value) {
  if (!IsFunction(value))
    yield Create(ValueErrorType.Function, schema, path, value);
}
function* FromImport2(schema, references, path, value) {
  const definitions = globalThis.Object.values(schema.$defs);
  const target2 = schema.$defs[schema.$ref];
  yield* Visit3(target2, [...references, ...definitions], path, value);
}
function* FromInteger2(schema, references, path, value) {
  if (!IsInteger(value))
    return yield Create(ValueErrorType.Integer, schema, path, value);
  if (IsDefined2(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    yield Create(ValueErrorType.IntegerExclusiveMaximum, schema, path, value);
  }
  if (IsDefined2(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    yield Create(ValueErrorType.IntegerExclusiveMinimum, schema, path, value);
  }
  if (IsDefined2(schema.maximum) && !(value <= schema.maximum)) {
    yield Create(ValueErrorType.IntegerMaximum, schema, path, value);
  }
  if (IsDefined2(schema.minimum) && !(value >= schema.minimum)) {
    yield Create(ValueErrorType.IntegerMinimum, schema, path, value);
  }
  if (IsDefined2(schema.multipleOf) && !(value % schema.multipleOf === 0)) {
    yield Create(ValueErrorType.IntegerMultipleOf, schema, path, value);
  }
}
function* FromIntersect2(schema, references, path, value) {
  let hasError = false;
  for (const inner of schema.allOf) {
    for (const error of Visit3(inner, references, path, value)) {
      hasError = true;
      yield error;
    }
  }
  if (hasError) {
    return yield Create(ValueErrorType.Intersect, schema, path, value);
  }
  if (schema.unevaluatedProperties === false) {
    const keyCheck = new RegExp(KeyOfPattern(schema));
    for (const valueKey of Object.getOwnPropertyNames(value)) {
      if (!keyCheck.test(valueKey)) {
        yield Create(ValueErrorType.IntersectUnevaluatedProperties, schema, `${path}/${valueKey}`, value);
      }
    }
  }
  if (typeof schema.unevaluatedProperties === "object") {
    const keyCheck = new RegExp(KeyOfPattern(schema));
    for (const valueKey of Object.getOwnPropertyNames(value)) {
      if (!keyCheck.test(valueKey)) {
        const next = Visit3(schema.unevaluatedProperties, references, `${path}/${valueKey}`, value[valueKey]).next();
        if (!next.done)
          yield next.value;
      }
    }
  }
}
function* FromIterator2(schema, references, path, value) {
  if (!IsIterator(value))
    yield Create(ValueErrorType.Iterator, schema, path, value);
}
function* FromLiteral2(schema, references, path, value) {
  if (!(value === schema.const))
    yield Create(ValueErrorType.Literal, schema, path, value);
}
function* FromNever2(schema, references, path, value) {
  yield Create(ValueErrorType.Never, schema, path, value);
}
function* FromNot2(schema, references, path, value) {
  if (Visit3(schema.not, references, path, value).next().done === true)
    yield Create(ValueErrorType.Not, schema, path, value);
}
function* FromNull2(schema, references, path, value) {
  if (!IsNull(value))
    yield Create(ValueErrorType.Null, schema, path, value);
}
function* FromNumber2(schema, references, path, value) {
  if (!TypeSystemPolicy.IsNumberLike(value))
    return yield Create(ValueErrorType.Number, schema, path, value);
  if (IsDefined2(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    yield Create(ValueErrorType.NumberExclusiveMaximum, schema, path, value);
  }
  if (IsDefined2(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    yield Create(ValueErrorType.NumberExclusiveMinimum, schema, path, value);
  }
  if (IsDefined2(schema.maximum) && !(value <= schema.maximum)) {
    yield Create(ValueErrorType.NumberMaximum, schema, path, value);
  }
  if (IsDefined2(schema.minimum) && !(value >= schema.minimum)) {
    yield Create(ValueErrorType.NumberMinimum, schema, path, value);
  }
  if (IsDefined2(schema.multipleOf) && !(value % schema.multipleOf === 0)) {
    yield Create(ValueErrorType.NumberMultipleOf, schema, path, value);
  }
}
function* FromObject2(schema, references, path, value) {
  if (!TypeSystemPolicy.IsObjectLike(value))
    return yield Create(ValueErrorType.Object, schema, path, value);
  if (IsDefined2(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties)) {
    yield Create(ValueErrorType.ObjectMinProperties, schema, path, value);
  }
  if (IsDefined2(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties)) {
    yield Create(ValueErrorType.ObjectMaxProperties, schema, path, value);
  }
  const requiredKeys = Array.isArray(schema.required) ? schema.required : [];
  const knownKeys = Object.getOwnPropertyNames(schema.properties);
  const unknownKeys = Object.getOwnPropertyNames(value);
  for (const requiredKey of requiredKeys) {
    if (unknownKeys.includes(requiredKey))
      continue;
    yield Create(ValueErrorType.ObjectRequiredProperty, schema.properties[requiredKey], `${path}/${EscapeKey(requiredKey)}`, void 0);
  }
  if (schema.additionalProperties === false) {
    for (const valueKey of unknownKeys) {
      if (!knownKeys.includes(valueKey)) {
        yield Create(ValueErrorType.ObjectAdditionalProperties, schema, `${path}/${EscapeKey(valueKey)}`, value[valueKey]);
      }
    }
  }
  if (typeof schema.additionalProperties === "object") {
    for (const valueKey of unknownKeys) {
      if (knownKeys.includes(valueKey))
        continue;
      yield* Visit3(schema.additionalProperties, references, `${path}/${EscapeKey(valueKey)}`, value[valueKey]);
    }
  }
  for (const knownKey of knownKeys) {
    const property = schema.properties[knownKey];
    if (schema.required && schema.required.includes(knownKey)) {
      yield* Visit3(property, references, `${path}/${EscapeKey(knownKey)}`, value[knownKey]);
      if (ExtendsUndefinedCheck(schema) && !(knownKey in value)) {
        yield Create(ValueErrorType.ObjectRequiredProperty, property, `${path}/${EscapeKey(knownKey)}`, void 0);
      }
    } else {
      if (TypeSystemPolicy.IsExactOptionalProperty(value, knownKey)) {
        yield* Visit3(property, references, `${path}/${EscapeKey(knownKey)}`, value[knownKey]);
      }
    }
  }
}
function* FromPromise2(schema, references, path, value) {
  if (!IsPromise(value))
    yield Create(ValueErrorType.Promise, schema, path, value);
}
function* FromRecord2(schema, references, path, value) {
  if (!TypeSystemPolicy.IsRecordLike(value))
    return yield Create(ValueErrorType.Object, schema, path, value);
  if (IsDefined2(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties)) {
    yield Create(ValueErrorType.ObjectMinProperties, schema, path, value);
  }
  if (IsDefined2(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties)) {
    yield Create(ValueErrorType.ObjectMaxProperties, schema, path, value);
  }
  const [patternKey, patternSchema] = Object.entries(schema.patternProperties)[0];
  const regex = new RegExp(patternKey);
  for (const [propertyKey, propertyValue] of Object.entries(value)) {
    if (regex.test(propertyKey))
      yield* Visit3(patternSchema, references, `${path}/${EscapeKey(propertyKey)}`, propertyValue);
  }
  if (typeof schema.additionalProperties === "object") {
    for (const [propertyKey, propertyValue] of Object.entries(value)) {
      if (!regex.test(propertyKey))
        yield* Visit3(schema.additionalProperties, references, `${path}/${EscapeKey(propertyKey)}`, propertyValue);
    }
  }
  if (schema.additionalProperties === false) {
    for (const [propertyKey, propertyValue] of Object.entries(value)) {
      if (regex.test(propertyKey))
        continue;
      return yield Create(ValueErrorType.ObjectAdditionalProperties, schema, `${path}/${EscapeKey(propertyKey)}`, propertyValue);
    }
  }
}
function* FromRef2(schema, references, path, value) {
  yield* Visit3(Deref(schema, references), references, path, value);
}
function* FromRegExp2(schema, references, path, value) {
  if (!IsString(value))
    return yield Create(ValueErrorType.String, schema, path, value);
  if (IsDefined2(schema.minLength) && !(value.length >= schema.minLength)) {
    yield Create(ValueErrorType.StringMinLength, schema, path, value);
  }
  if (IsDefined2(schema.maxLength) && !(value.length <= schema.maxLength)) {
    yield Create(ValueErrorType.StringMaxLength, schema, path, value);
  }
  const regex = new RegExp(schema.source, schema.flags);
  if (!regex.test(value)) {
    return yield Create(ValueErrorType.RegExp, schema, path, value);
  }
}
function* FromString2(schema, references, path, value) {
  if (!IsString(value))
    return yield Create(ValueErrorType.String, schema, path, value);
  if (IsDefined2(schema.minLength) && !(value.length >= schema.minLength)) {
    yield Create(ValueErrorType.StringMinLength, schema, path, value);
  }
  if (IsDefined2(schema.maxLength) && !(value.length <= schema.maxLength)) {
    yield Create(ValueErrorType.StringMaxLength, schema, path, value);
  }
  if (IsString(schema.pattern)) {
    const regex = new RegExp(schema.pattern);
    if (!regex.test(value)) {
      yield Create(ValueErrorType.StringPattern, schema, path, value);
    }
  }
  if (IsString(schema.format)) {
    if (!format_exports.Has(schema.format)) {
      yield Create(ValueErrorType.StringFormatUnknown, schema, path, value);
    } else {
      const format = format_exports.Get(schema.format);
      if (!format(value)) {
        yield Create(ValueErrorType.StringFormat, schema, path, value);
      }
    }
  }
}
function* FromSymbol2(schema, references, path, value) {
  if (!IsSymbol(value))
    yield Create(ValueErrorType.Symbol, schema, path, value);
}
function* FromTemplateLiteral2(schema, references, path, value) {
  if (!IsString(value))
    return yield Create(ValueErrorType.String, schema, path, value);
  const regex = new RegExp(schema.pattern);
  if (!regex.test(value)) {
    yield Create(ValueErrorType.StringPattern, schema, path, value);
  }
}
function* FromThis2(schema, references, path, value) {
  yield* Visit3(Deref(schema, references), references, path, value);
}
function* FromTuple2(schema, references, path, value) {
  if (!IsArray(value))
    return yield Create(ValueErrorType.Tuple, schema, path, value);
  if (schema.items === void 0 && !(value.length === 0)) {
    return yield Create(ValueErrorType.TupleLength, schema, path, value);
  }
  if (!(value.length === schema.maxItems)) {
    return yield Create(ValueErrorType.TupleLength, schema, path, value);
  }
  if (!schema.items) {
    return;
  }
  for (let i = 0; i < schema.items.length; i++) {
    yield* Visit3(schema.items[i], references, `${path}/${i}`, value[i]);
  }
}
function* FromUndefined2(schema, references, path, value) {
  if (!IsUndefined(value))
    yield Create(ValueErrorType.Undefined, schema, path, value);
}
function* FromUnion2(schema, references, path, value) {
  if (Check(schema, references, value))
    return;
  const errors = schema.anyOf.map((variant) => new ValueErrorIterator(Visit3(variant, references, path, value)));
  yield Create(ValueErrorType.Union, schema, path, value, errors);
}
function* FromUint8Array2(schema, references, path, value) {
  if (!IsUint8Array(value))
    return yield Create(ValueErrorType.Uint8Array, schema, path, value);
  if (IsDefined2(schema.maxByteLength) && !(value.length <= schema.maxByteLength)) {
    yield Create(ValueErrorType.Uint8ArrayMaxByteLength, schema, path, value);
  }
  if (IsDefined2(schema.minByteLength) && !(value.length >= schema.minByteLength)) {
    yield Create(ValueErrorType.Uint8ArrayMinByteLength, schema, path, value);
  }
}
function* FromUnknown2(schema, references, path, value) {
}
function* FromVoid2(schema, references, path, value) {
  if (!TypeSystemPolicy.IsVoidLike(value))
    yield Create(ValueErrorType.Void, schema, path, value);
}
function* FromKind2(schema, references, path, value) {
  const check = type_exports2.Get(schema[Kind]);
  if (!check(schema, value))
    yield Create(ValueErrorType.Kind, schema, path, value);
}
function* Visit3(schema, references, path, value) {
  const references_ = IsDefined2(schema.$id) ? [...references, schema] : references;
  const schema_ = schema;
  switch (schema_[Kind]) {
    case "Any":
      return yield* FromAny2(schema_, references_, path, value);
    case "Argument":
      return yield* FromArgument2(schema_, references_, path, value);
    case "Array":
      return yield* FromArray2(schema_, references_, path, value);
    case "AsyncIterator":
      return yield* FromAsyncIterator2(schema_, references_, path, value);
    case "BigInt":
      return yield* FromBigInt2(schema_, references_, path, value);
    case "Boolean":
      return yield* FromBoolean2(schema_, references_, path, value);
    case "Constructor":
      return yield* FromConstructor2(schema_, references_, path, value);
    case "Date":
      return yield* FromDate2(schema_, references_, path, value);
    case "Function":
      return yield* FromFunction2(schema_, references_, path, value);
    case "Import":
      return yield* FromImport2(schema_, references_, path, value);
    case "Integer":
      return yield* FromInteger2(schema_, references_, path, value);
    case "Intersect":
      return yield* FromIntersect2(schema_, references_, path, value);
    case "Iterator":
      return yield* FromIterator2(schema_, references_, path, value);
    case "Literal":
      return yield* FromLiteral2(schema_, references_, path, value);
    case "Never":
      return yield* FromNever2(schema_, references_, path, value);
    case "Not":
      return yield* FromNot2(schema_, references_, path, value);
    case "Null":
      return yield* FromNull2(schema_, references_, path, value);
    case "Number":
      return yield* FromNumber2(schema_, references_, path, value);
    case "Object":
      return yield* FromObject2(schema_, references_, path, value);
    case "Promise":
      return yield* FromPromise2(schema_, references_, path, value);
    case "Record":
      return yield* FromRecord2(schema_, references_, path, value);
    case "Ref":
      return yield* FromRef2(schema_, references_, path, value);
    case "RegExp":
      return yield* FromRegExp2(schema_, references_, path, value);
    case "String":
      return yield* FromString2(schema_, references_, path, value);
    case "Symbol":
      return yield* FromSymbol2(schema_, references_, path, value);
    case "TemplateLiteral":
      return yield* FromTemplateLiteral2(schema_, references_, path, value);
    case "This":
      return yield* FromThis2(schema_, references_, path, value);
    case "Tuple":
      return yield* FromTuple2(schema_, references_, path, value);
    case "Undefined":
      return yield* FromUndefined2(schema_, references_, path, value);
    case "Union":
      return yield* FromUnion2(schema_, references_, path, value);
    case "Uint8Array":
      return yield* FromUint8Array2(schema_, references_, path, value);
    case "Unknown":
      return yield* FromUnknown2(schema_, references_, path, value);
    case "Void":
      return yield* FromVoid2(schema_, references_, path, value);
    default:
      if (!type_exports2.Has(schema_[Kind]))
        throw new ValueErrorsUnknownTypeError(schema);
      return yield* FromKind2(schema_, references_, path, value);
  }
}
function Errors(...args) {
  const iterator = args.length === 3 ? Visit3(args[0], args[1], "", args[2]) : Visit3(args[0], [], "", args[1]);
  return new ValueErrorIterator(iterator);
}

// node_modules/@sinclair/typebox/build/esm/value/assert/assert.mjs
var __classPrivateFieldSet = function(receiver, state, value, kind, f) {
  if (kind === "m") throw new TypeError("Private method is not writable");
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
};
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _AssertError_instances;
var _AssertError_iterator;
var _AssertError_Iterator;
var AssertError = class extends TypeBoxError {
  constructor(iterator) {
    const error = iterator.First();
    super(error === void 0 ? "Invalid Value" : error.message);
    _AssertError_instances.add(this);
    _AssertError_iterator.set(this, void 0);
    __classPrivateFieldSet(this, _AssertError_iterator, iterator, "f");
    this.error = error;
  }
  /** Returns an iterator for each error in this value. */
  Errors() {
    return new ValueErrorIterator(__classPrivateFieldGet(this, _AssertError_instances, "m", _AssertError_Iterator).call(this));
  }
};
_AssertError_iterator = /* @__PURE__ */ new WeakMap(), _AssertError_instances = /* @__PURE__ */ new WeakSet(), _AssertError_Iterator = function* _AssertError_Iterator2() {
  if (this.error)
    yield this.error;
  yield* __classPrivateFieldGet(this, _AssertError_iterator, "f");
};
function AssertValue(schema, references, value) {
  if (Check(schema, references, value))
    return;
  throw new AssertError(Errors(schema, references, value));
}
function Assert(...args) {
  return args.length === 3 ? AssertValue(args[0], args[1], args[2]) : AssertValue(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/value/clone/clone.mjs
function FromObject3(value) {
  const Acc = {};
  for (const key of Object.getOwnPropertyNames(value)) {
    Acc[key] = Clone(value[key]);
  }
  for (const key of Object.getOwnPropertySymbols(value)) {
    Acc[key] = Clone(value[key]);
  }
  return Acc;
}
function FromArray3(value) {
  return value.map((element) => Clone(element));
}
function FromTypedArray(value) {
  return value.slice();
}
function FromMap(value) {
  return new Map(Clone([...value.entries()]));
}
function FromSet(value) {
  return new Set(Clone([...value.entries()]));
}
function FromDate3(value) {
  return new Date(value.toISOString());
}
function FromValue(value) {
  return value;
}
function Clone(value) {
  if (IsArray(value))
    return FromArray3(value);
  if (IsDate(value))
    return FromDate3(value);
  if (IsTypedArray(value))
    return FromTypedArray(value);
  if (IsMap(value))
    return FromMap(value);
  if (IsSet(value))
    return FromSet(value);
  if (IsObject(value))
    return FromObject3(value);
  if (IsValueType(value))
    return FromValue(value);
  throw new Error("ValueClone: Unable to clone value");
}

// node_modules/@sinclair/typebox/build/esm/value/create/create.mjs
var ValueCreateError = class extends TypeBoxError {
  constructor(schema, message) {
    super(message);
    this.schema = schema;
  }
};
function FromDefault(value) {
  return IsFunction(value) ? value() : Clone(value);
}
function FromAny3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return {};
  }
}
function FromArgument3(schema, references) {
  return {};
}
function FromArray4(schema, references) {
  if (schema.uniqueItems === true && !HasPropertyKey(schema, "default")) {
    throw new ValueCreateError(schema, "Array with the uniqueItems constraint requires a default value");
  } else if ("contains" in schema && !HasPropertyKey(schema, "default")) {
    throw new ValueCreateError(schema, "Array with the contains constraint requires a default value");
  } else if ("default" in schema) {
    return FromDefault(schema.default);
  } else if (schema.minItems !== void 0) {
    return Array.from({ length: schema.minItems }).map((item) => {
      return Visit4(schema.items, references);
    });
  } else {
    return [];
  }
}
function FromAsyncIterator3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return (async function* () {
    })();
  }
}
function FromBigInt3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return BigInt(0);
  }
}
function FromBoolean3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return false;
  }
}
function FromConstructor3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    const value = Visit4(schema.returns, references);
    if (typeof value === "object" && !Array.isArray(value)) {
      return class {
        constructor() {
          for (const [key, val] of Object.entries(value)) {
            const self = this;
            self[key] = val;
          }
        }
      };
    } else {
      return class {
      };
    }
  }
}
function FromDate4(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else if (schema.minimumTimestamp !== void 0) {
    return new Date(schema.minimumTimestamp);
  } else {
    return /* @__PURE__ */ new Date();
  }
}
function FromFunction3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return () => Visit4(schema.returns, references);
  }
}
function FromImport3(schema, references) {
  const definitions = globalThis.Object.values(schema.$defs);
  const target2 = schema.$defs[schema.$ref];
  return Visit4(target2, [...references, ...definitions]);
}
function FromInteger3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else if (schema.minimum !== void 0) {
    return schema.minimum;
  } else {
    return 0;
  }
}
function FromIntersect3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    const value = schema.allOf.reduce((acc, schema2) => {
      const next = Visit4(schema2, references);
      return typeof next === "object" ? { ...acc, ...next } : next;
    }, {});
    if (!Check(schema, references, value))
      throw new ValueCreateError(schema, "Intersect produced invalid value. Consider using a default value.");
    return value;
  }
}
function FromIterator3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return (function* () {
    })();
  }
}
function FromLiteral3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return schema.const;
  }
}
function FromNever3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    throw new ValueCreateError(schema, "Never types cannot be created. Consider using a default value.");
  }
}
function FromNot3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    throw new ValueCreateError(schema, "Not types must have a default value");
  }
}
function FromNull3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return null;
  }
}
function FromNumber3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else if (schema.minimum !== void 0) {
    return schema.minimum;
  } else {
    return 0;
  }
}
function FromObject4(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    const required = new Set(schema.required);
    const Acc = {};
    for (const [key, subschema] of Object.entries(schema.properties)) {
      if (!required.has(key))
        continue;
      Acc[key] = Visit4(subschema, references);
    }
    return Acc;
  }
}
function FromPromise3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return Promise.resolve(Visit4(schema.item, references));
  }
}
function FromRecord3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return {};
  }
}
function FromRef3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return Visit4(Deref(schema, references), references);
  }
}
function FromRegExp3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    throw new ValueCreateError(schema, "RegExp types cannot be created. Consider using a default value.");
  }
}
function FromString3(schema, references) {
  if (schema.pattern !== void 0) {
    if (!HasPropertyKey(schema, "default")) {
      throw new ValueCreateError(schema, "String types with patterns must specify a default value");
    } else {
      return FromDefault(schema.default);
    }
  } else if (schema.format !== void 0) {
    if (!HasPropertyKey(schema, "default")) {
      throw new ValueCreateError(schema, "String types with formats must specify a default value");
    } else {
      return FromDefault(schema.default);
    }
  } else {
    if (HasPropertyKey(schema, "default")) {
      return FromDefault(schema.default);
    } else if (schema.minLength !== void 0) {
      return Array.from({ length: schema.minLength }).map(() => " ").join("");
    } else {
      return "";
    }
  }
}
function FromSymbol3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else if ("value" in schema) {
    return Symbol.for(schema.value);
  } else {
    return /* @__PURE__ */ Symbol();
  }
}
function FromTemplateLiteral3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  }
  if (!IsTemplateLiteralFinite(schema))
    throw new ValueCreateError(schema, "Can only create template literals that produce a finite variants. Consider using a default value.");
  const generated = TemplateLiteralGenerate(schema);
  return generated[0];
}
function FromThis3(schema, references) {
  if (recursiveDepth++ > recursiveMaxDepth)
    throw new ValueCreateError(schema, "Cannot create recursive type as it appears possibly infinite. Consider using a default.");
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return Visit4(Deref(schema, references), references);
  }
}
function FromTuple3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  }
  if (schema.items === void 0) {
    return [];
  } else {
    return Array.from({ length: schema.minItems }).map((_, index) => Visit4(schema.items[index], references));
  }
}
function FromUndefined3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return void 0;
  }
}
function FromUnion3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else if (schema.anyOf.length === 0) {
    throw new Error("ValueCreate.Union: Cannot create Union with zero variants");
  } else {
    return Visit4(schema.anyOf[0], references);
  }
}
function FromUint8Array3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else if (schema.minByteLength !== void 0) {
    return new Uint8Array(schema.minByteLength);
  } else {
    return new Uint8Array(0);
  }
}
function FromUnknown3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return {};
  }
}
function FromVoid3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    return void 0;
  }
}
function FromKind3(schema, references) {
  if (HasPropertyKey(schema, "default")) {
    return FromDefault(schema.default);
  } else {
    throw new Error("User defined types must specify a default value");
  }
}
function Visit4(schema, references) {
  const references_ = Pushref(schema, references);
  const schema_ = schema;
  switch (schema_[Kind]) {
    case "Any":
      return FromAny3(schema_, references_);
    case "Argument":
      return FromArgument3(schema_, references_);
    case "Array":
      return FromArray4(schema_, references_);
    case "AsyncIterator":
      return FromAsyncIterator3(schema_, references_);
    case "BigInt":
      return FromBigInt3(schema_, references_);
    case "Boolean":
      return FromBoolean3(schema_, references_);
    case "Constructor":
      return FromConstructor3(schema_, references_);
    case "Date":
      return FromDate4(schema_, references_);
    case "Function":
      return FromFunction3(schema_, references_);
    case "Import":
      return FromImport3(schema_, references_);
    case "Integer":
      return FromInteger3(schema_, references_);
    case "Intersect":
      return FromIntersect3(schema_, references_);
    case "Iterator":
      return FromIterator3(schema_, references_);
    case "Literal":
      return FromLiteral3(schema_, references_);
    case "Never":
      return FromNever3(schema_, references_);
    case "Not":
      return FromNot3(schema_, references_);
    case "Null":
      return FromNull3(schema_, references_);
    case "Number":
      return FromNumber3(schema_, references_);
    case "Object":
      return FromObject4(schema_, references_);
    case "Promise":
      return FromPromise3(schema_, references_);
    case "Record":
      return FromRecord3(schema_, references_);
    case "Ref":
      return FromRef3(schema_, references_);
    case "RegExp":
      return FromRegExp3(schema_, references_);
    case "String":
      return FromString3(schema_, references_);
    case "Symbol":
      return FromSymbol3(schema_, references_);
    case "TemplateLiteral":
      return FromTemplateLiteral3(schema_, references_);
    case "This":
      return FromThis3(schema_, references_);
    case "Tuple":
      return FromTuple3(schema_, references_);
    case "Undefined":
      return FromUndefined3(schema_, references_);
    case "Union":
      return FromUnion3(schema_, references_);
    case "Uint8Array":
      return FromUint8Array3(schema_, references_);
    case "Unknown":
      return FromUnknown3(schema_, references_);
    case "Void":
      return FromVoid3(schema_, references_);
    default:
      if (!type_exports2.Has(schema_[Kind]))
        throw new ValueCreateError(schema_, "Unknown type");
      return FromKind3(schema_, references_);
  }
}
var recursiveMaxDepth = 512;
var recursiveDepth = 0;
function Create2(...args) {
  recursiveDepth = 0;
  return args.length === 2 ? Visit4(args[0], args[1]) : Visit4(args[0], []);
}

// node_modules/@sinclair/typebox/build/esm/value/cast/cast.mjs
var ValueCastError = class extends TypeBoxError {
  constructor(schema, message) {
    super(message);
    this.schema = schema;
  }
};
function ScoreUnion(schema, references, value) {
  if (schema[Kind] === "Object" && typeof value === "object" && !IsNull(value)) {
    const object = schema;
    const keys = Object.getOwnPropertyNames(value);
    const entries = Object.entries(object.properties);
    return entries.reduce((acc, [key, schema2]) => {
      const literal = schema2[Kind] === "Literal" && schema2.const === value[key] ? 100 : 0;
      const checks = Check(schema2, references, value[key]) ? 10 : 0;
      const exists = keys.includes(key) ? 1 : 0;
      return acc + (literal + checks + exists);
    }, 0);
  } else if (schema[Kind] === "Union") {
    const schemas = schema.anyOf.map((schema2) => Deref(schema2, references));
    const scores = schemas.map((schema2) => ScoreUnion(schema2, references, value));
    return Math.max(...scores);
  } else {
    return Check(schema, references, value) ? 1 : 0;
  }
}
function SelectUnion(union, references, value) {
  const schemas = union.anyOf.map((schema) => Deref(schema, references));
  let [select, best] = [schemas[0], 0];
  for (const schema of schemas) {
    const score = ScoreUnion(schema, references, value);
    if (score > best) {
      select = schema;
      best = score;
    }
  }
  return select;
}
function CastUnion(union, references, value) {
  if ("default" in union) {
    return typeof value === "function" ? union.default : Clone(union.default);
  } else {
    const schema = SelectUnion(union, references, value);
    return Cast(schema, references, value);
  }
}
function DefaultClone(schema, references, value) {
  return Check(schema, references, value) ? Clone(value) : Create2(schema, references);
}
function Default(schema, references, value) {
  return Check(schema, references, value) ? value : Create2(schema, references);
}
function FromArray5(schema, references, value) {
  if (Check(schema, references, value))
    return Clone(value);
  const created = IsArray(value) ? Clone(value) : Create2(schema, references);
  const minimum = IsNumber(schema.minItems) && created.length < schema.minItems ? [...created, ...Array.from({ length: schema.minItems - created.length }, () => null)] : created;
  const maximum = IsNumber(schema.maxItems) && minimum.length > schema.maxItems ? minimum.slice(0, schema.maxItems) : minimum;
  const casted = maximum.map((value2) => Visit5(schema.items, references, value2));
  if (schema.uniqueItems !== true)
    return casted;
  const unique = [...new Set(casted)];
  if (!Check(schema, references, unique))
    throw new ValueCastError(schema, "Array cast produced invalid data due to uniqueItems constraint");
  return unique;
}
function FromConstructor4(schema, references, value) {
  if (Check(schema, references, value))
    return Create2(schema, references);
  const required = new Set(schema.returns.required || []);
  const result = function() {
  };
  for (const [key, property] of Object.entries(schema.returns.properties)) {
    if (!required.has(key) && value.prototype[key] === void 0)
      continue;
    result.prototype[key] = Visit5(property, references, value.prototype[key]);
  }
  return result;
}
function FromImport4(schema, references, value) {
  const definitions = globalThis.Object.values(schema.$defs);
  const target2 = schema.$defs[schema.$ref];
  return Visit5(target2, [...references, ...definitions], value);
}
function IntersectAssign(correct, value) {
  if (IsObject(correct) && !IsObject(value) || !IsObject(correct) && IsObject(value))
    return correct;
  if (!IsObject(correct) || !IsObject(value))
    return value;
  return globalThis.Object.getOwnPropertyNames(correct).reduce((result, key) => {
    const property = key in value ? IntersectAssign(correct[key], value[key]) : correct[key];
    return { ...result, [key]: property };
  }, {});
}
function FromIntersect4(schema, references, value) {
  if (Check(schema, references, value))
    return value;
  const correct = Create2(schema, references);
  const assigned = IntersectAssign(correct, value);
  return Check(schema, references, assigned) ? assigned : correct;
}
function FromNever4(schema, references, value) {
  throw new ValueCastError(schema, "Never types cannot be cast");
}
function FromObject5(schema, references, value) {
  if (Check(schema, references, value))
    return value;
  if (value === null || typeof value !== "object")
    return Create2(schema, references);
  const required = new Set(schema.required || []);
  const result = {};
  for (const [key, property] of Object.entries(schema.properties)) {
    if (!required.has(key) && value[key] === void 0)
      continue;
    result[key] = Visit5(property, references, value[key]);
  }
  if (typeof schema.additionalProperties === "object") {
    const propertyNames = Object.getOwnPropertyNames(schema.properties);
    for (const propertyName of Object.getOwnPropertyNames(value)) {
      if (propertyNames.includes(propertyName))
        continue;
      result[propertyName] = Visit5(schema.additionalProperties, references, value[propertyName]);
    }
  }
  return result;
}
function FromRecord4(schema, references, value) {
  if (Check(schema, references, value))
    return Clone(value);
  if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date)
    return Create2(schema, references);
  const subschemaPropertyName = Object.getOwnPropertyNames(schema.patternProperties)[0];
  const subschema = schema.patternProperties[subschemaPropertyName];
  const result = {};
  for (const [propKey, propValue] of Object.entries(value)) {
    result[propKey] = Visit5(subschema, references, propValue);
  }
  return result;
}
function FromRef4(schema, references, value) {
  return Visit5(Deref(schema, references), references, value);
}
function FromThis4(schema, references, value) {
  return Visit5(Deref(schema, references), references, value);
}
function FromTuple4(schema, references, value) {
  if (Check(schema, references, value))
    return Clone(value);
  if (!IsArray(value))
    return Create2(schema, references);
  if (schema.items === void 0)
    return [];
  return schema.items.map((schema2, index) => Visit5(schema2, references, value[index]));
}
function FromUnion4(schema, references, value) {
  return Check(schema, references, value) ? Clone(value) : CastUnion(schema, references, value);
}
function Visit5(schema, references, value) {
  const references_ = IsString(schema.$id) ? Pushref(schema, references) : references;
  const schema_ = schema;
  switch (schema[Kind]) {
    // --------------------------------------------------------------
    // Structural
    // --------------------------------------------------------------
    case "Array":
      return FromArray5(schema_, references_, value);
    case "Constructor":
      return FromConstructor4(schema_, references_, value);
    case "Import":
      return FromImport4(schema_, references_, value);
    case "Intersect":
      return FromIntersect4(schema_, references_, value);
    case "Never":
      return FromNever4(schema_, references_, value);
    case "Object":
      return FromObject5(schema_, references_, value);
    case "Record":
      return FromRecord4(schema_, references_, value);
    case "Ref":
      return FromRef4(schema_, references_, value);
    case "This":
      return FromThis4(schema_, references_, value);
    case "Tuple":
      return FromTuple4(schema_, references_, value);
    case "Union":
      return FromUnion4(schema_, references_, value);
    // --------------------------------------------------------------
    // DefaultClone
    // --------------------------------------------------------------
    case "Date":
    case "Symbol":
    case "Uint8Array":
      return DefaultClone(schema, references, value);
    // --------------------------------------------------------------
    // Default
    // --------------------------------------------------------------
    default:
      return Default(schema_, references_, value);
  }
}
function Cast(...args) {
  return args.length === 3 ? Visit5(args[0], args[1], args[2]) : Visit5(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/value/clean/clean.mjs
function IsCheckable(schema) {
  return IsKind(schema) && schema[Kind] !== "Unsafe";
}
function FromArray6(schema, references, value) {
  if (!IsArray(value))
    return value;
  return value.map((value2) => Visit6(schema.items, references, value2));
}
function FromImport5(schema, references, value) {
  const definitions = globalThis.Object.values(schema.$defs);
  const target2 = schema.$defs[schema.$ref];
  return Visit6(target2, [...references, ...definitions], value);
}
function FromIntersect5(schema, references, value) {
  const unevaluatedProperties = schema.unevaluatedProperties;
  const intersections = schema.allOf.map((schema2) => Visit6(schema2, references, Clone(value)));
  const composite = intersections.reduce((acc, value2) => IsObject(value2) ? { ...acc, ...value2 } : value2, {});
  if (!IsObject(value) || !IsObject(composite) || !IsKind(unevaluatedProperties))
    return composite;
  const knownkeys = KeyOfPropertyKeys(schema);
  for (const key of Object.getOwnPropertyNames(value)) {
    if (knownkeys.includes(key))
      continue;
    if (Check(unevaluatedProperties, references, value[key])) {
      composite[key] = Visit6(unevaluatedProperties, references, value[key]);
    }
  }
  return composite;
}
function FromObject6(schema, references, value) {
  if (!IsObject(value) || IsArray(value))
    return value;
  const additionalProperties = schema.additionalProperties;
  for (const key of Object.getOwnPropertyNames(value)) {
    if (HasPropertyKey(schema.properties, key)) {
      value[key] = Visit6(schema.properties[key], references, value[key]);
      continue;
    }
    if (IsKind(additionalProperties) && Check(additionalProperties, references, value[key])) {
      value[key] = Visit6(additionalProperties, references, value[key]);
      continue;
    }
    delete value[key];
  }
  return value;
}
function FromRecord5(schema, references, value) {
  if (!IsObject(value))
    return value;
  const additionalProperties = schema.additionalProperties;
  const propertyKeys = Object.getOwnPropertyNames(value);
  const [propertyKey, propertySchema] = Object.entries(schema.patternProperties)[0];
  const propertyKeyTest = new RegExp(propertyKey);
  for (const key of propertyKeys) {
    if (propertyKeyTest.test(key)) {
      value[key] = Visit6(propertySchema, references, value[key]);
      continue;
    }
    if (IsKind(additionalProperties) && Check(additionalProperties, references, value[key])) {
      value[key] = Visit6(additionalProperties, references, value[key]);
      continue;
    }
    delete value[key];
  }
  return value;
}
function FromRef5(schema, references, value) {
  return Visit6(Deref(schema, references), references, value);
}
function FromThis5(schema, references, value) {
  return Visit6(Deref(schema, references), references, value);
}
function FromTuple5(schema, references, value) {
  if (!IsArray(value))
    return value;
  if (IsUndefined(schema.items))
    return [];
  const length = Math.min(value.length, schema.items.length);
  for (let i = 0; i < length; i++) {
    value[i] = Visit6(schema.items[i], references, value[i]);
  }
  return value.length > length ? value.slice(0, length) : value;
}
function FromUnion5(schema, references, value) {
  for (const inner of schema.anyOf) {
    if (IsCheckable(inner) && Check(inner, references, value)) {
      return Visit6(inner, references, value);
    }
  }
  return value;
}
function Visit6(schema, references, value) {
  const references_ = IsString(schema.$id) ? Pushref(schema, references) : references;
  const schema_ = schema;
  switch (schema_[Kind]) {
    case "Array":
      return FromArray6(schema_, references_, value);
    case "Import":
      return FromImport5(schema_, references_, value);
    case "Intersect":
      return FromIntersect5(schema_, references_, value);
    case "Object":
      return FromObject6(schema_, references_, value);
    case "Record":
      return FromRecord5(schema_, references_, value);
    case "Ref":
      return FromRef5(schema_, references_, value);
    case "This":
      return FromThis5(schema_, references_, value);
    case "Tuple":
      return FromTuple5(schema_, references_, value);
    case "Union":
      return FromUnion5(schema_, references_, value);
    default:
      return value;
  }
}
function Clean(...args) {
  return args.length === 3 ? Visit6(args[0], args[1], args[2]) : Visit6(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/value/convert/convert.mjs
function IsStringNumeric(value) {
  return IsString(value) && !isNaN(value) && !isNaN(parseFloat(value));
}
function IsValueToString(value) {
  return IsBigInt(value) || IsBoolean(value) || IsNumber(value);
}
function IsValueTrue(value) {
  return value === true || IsNumber(value) && value === 1 || IsBigInt(value) && value === BigInt("1") || IsString(value) && (value.toLowerCase() === "true" || value === "1");
}
function IsValueFalse(value) {
  return value === false || IsNumber(value) && (value === 0 || Object.is(value, -0)) || IsBigInt(value) && value === BigInt("0") || IsString(value) && (value.toLowerCase() === "false" || value === "0" || value === "-0");
}
function IsTimeStringWithTimeZone(value) {
  return IsString(value) && /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i.test(value);
}
function IsTimeStringWithoutTimeZone(value) {
  return IsString(value) && /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)?$/i.test(value);
}
function IsDateTimeStringWithTimeZone(value) {
  return IsString(value) && /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i.test(value);
}
function IsDateTimeStringWithoutTimeZone(value) {
  return IsString(value) && /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)?$/i.test(value);
}
function IsDateString(value) {
  return IsString(value) && /^\d\d\d\d-[0-1]\d-[0-3]\d$/i.test(value);
}
function TryConvertLiteralString(value, target2) {
  const conversion = TryConvertString(value);
  return conversion === target2 ? conversion : value;
}
function TryConvertLiteralNumber(value, target2) {
  const conversion = TryConvertNumber(value);
  return conversion === target2 ? conversion : value;
}
function TryConvertLiteralBoolean(value, target2) {
  const conversion = TryConvertBoolean(value);
  return conversion === target2 ? conversion : value;
}
function TryConvertLiteral(schema, value) {
  return IsString(schema.const) ? TryConvertLiteralString(value, schema.const) : IsNumber(schema.const) ? TryConvertLiteralNumber(value, schema.const) : IsBoolean(schema.const) ? TryConvertLiteralBoolean(value, schema.const) : value;
}
function TryConvertBoolean(value) {
  return IsValueTrue(value) ? true : IsValueFalse(value) ? false : value;
}
function TryConvertBigInt(value) {
  const truncateInteger = (value2) => value2.split(".")[0];
  return IsStringNumeric(value) ? BigInt(truncateInteger(value)) : IsNumber(value) ? BigInt(Math.trunc(value)) : IsValueFalse(value) ? BigInt(0) : IsValueTrue(value) ? BigInt(1) : value;
}
function TryConvertString(value) {
  return IsSymbol(value) && value.description !== void 0 ? value.description.toString() : IsValueToString(value) ? value.toString() : value;
}
function TryConvertNumber(value) {
  return IsStringNumeric(value) ? parseFloat(value) : IsValueTrue(value) ? 1 : IsValueFalse(value) ? 0 : value;
}
function TryConvertInteger(value) {
  return IsStringNumeric(value) ? parseInt(value) : IsNumber(value) ? Math.trunc(value) : IsValueTrue(value) ? 1 : IsValueFalse(value) ? 0 : value;
}
function TryConvertNull(value) {
  return IsString(value) && value.toLowerCase() === "null" ? null : value;
}
function TryConvertUndefined(value) {
  return IsString(value) && value === "undefined" ? void 0 : value;
}
function TryConvertDate(value) {
  return IsDate(value) ? value : IsNumber(value) ? new Date(value) : IsValueTrue(value) ? /* @__PURE__ */ new Date(1) : IsValueFalse(value) ? /* @__PURE__ */ new Date(0) : IsStringNumeric(value) ? new Date(parseInt(value)) : IsTimeStringWithoutTimeZone(value) ? /* @__PURE__ */ new Date(`1970-01-01T${value}.000Z`) : IsTimeStringWithTimeZone(value) ? /* @__PURE__ */ new Date(`1970-01-01T${value}`) : IsDateTimeStringWithoutTimeZone(value) ? /* @__PURE__ */ new Date(`${value}.000Z`) : IsDateTimeStringWithTimeZone(value) ? new Date(value) : IsDateString(value) ? /* @__PURE__ */ new Date(`${value}T00:00:00.000Z`) : value;
}
function Default2(value) {
  return value;
}
function FromArray7(schema, references, value) {
  const elements = IsArray(value) ? value : [value];
  return elements.map((element) => Visit7(schema.items, references, element));
}
function FromBigInt4(schema, references, value) {
  return TryConvertBigInt(value);
}
function FromBoolean4(schema, references, value) {
  return TryConvertBoolean(value);
}
function FromDate5(schema, references, value) {
  return TryConvertDate(value);
}
function FromImport6(schema, references, value) {
  const definitions = globalThis.Object.values(schema.$defs);
  const target2 = schema.$defs[schema.$ref];
  return Visit7(target2, [...references, ...definitions], value);
}
function FromInteger4(schema, references, value) {
  return TryConvertInteger(value);
}
function FromIntersect6(schema, references, value) {
  return schema.allOf.reduce((value2, schema2) => Visit7(schema2, references, value2), value);
}
function FromLiteral4(schema, references, value) {
  return TryConvertLiteral(schema, value);
}
function FromNull4(schema, references, value) {
  return TryConvertNull(value);
}
function FromNumber4(schema, references, value) {
  return TryConvertNumber(value);
}
function FromObject7(schema, references, value) {
  if (!IsObject(value) || IsArray(value))
    return value;
  for (const propertyKey of Object.getOwnPropertyNames(schema.properties)) {
    if (!HasPropertyKey(value, propertyKey))
      continue;
    value[propertyKey] = Visit7(schema.properties[propertyKey], references, value[propertyKey]);
  }
  return value;
}
function FromRecord6(schema, references, value) {
  const isConvertable = IsObject(value) && !IsArray(value);
  if (!isConvertable)
    return value;
  const propertyKey = Object.getOwnPropertyNames(schema.patternProperties)[0];
  const property = schema.patternProperties[propertyKey];
  for (const [propKey, propValue] of Object.entries(value)) {
    value[propKey] = Visit7(property, references, propValue);
  }
  return value;
}
function FromRef6(schema, references, value) {
  return Visit7(Deref(schema, references), references, value);
}
function FromString4(schema, references, value) {
  return TryConvertString(value);
}
function FromSymbol4(schema, references, value) {
  return IsString(value) || IsNumber(value) ? Symbol(value) : value;
}
function FromThis6(schema, references, value) {
  return Visit7(Deref(schema, references), references, value);
}
function FromTuple6(schema, references, value) {
  const isConvertable = IsArray(value) && !IsUndefined(schema.items);
  if (!isConvertable)
    return value;
  return value.map((value2, index) => {
    return index < schema.items.length ? Visit7(schema.items[index], references, value2) : value2;
  });
}
function FromUndefined4(schema, references, value) {
  return TryConvertUndefined(value);
}
function FromUnion6(schema, references, value) {
  for (const subschema of schema.anyOf) {
    if (Check(subschema, references, value)) {
      return value;
    }
  }
  for (const subschema of schema.anyOf) {
    const converted = Visit7(subschema, references, Clone(value));
    if (!Check(subschema, references, converted))
      continue;
    return converted;
  }
  return value;
}
function Visit7(schema, references, value) {
  const references_ = Pushref(schema, references);
  const schema_ = schema;
  switch (schema[Kind]) {
    case "Array":
      return FromArray7(schema_, references_, value);
    case "BigInt":
      return FromBigInt4(schema_, references_, value);
    case "Boolean":
      return FromBoolean4(schema_, references_, value);
    case "Date":
      return FromDate5(schema_, references_, value);
    case "Import":
      return FromImport6(schema_, references_, value);
    case "Integer":
      return FromInteger4(schema_, references_, value);
    case "Intersect":
      return FromIntersect6(schema_, references_, value);
    case "Literal":
      return FromLiteral4(schema_, references_, value);
    case "Null":
      return FromNull4(schema_, references_, value);
    case "Number":
      return FromNumber4(schema_, references_, value);
    case "Object":
      return FromObject7(schema_, references_, value);
    case "Record":
      return FromRecord6(schema_, references_, value);
    case "Ref":
      return FromRef6(schema_, references_, value);
    case "String":
      return FromString4(schema_, references_, value);
    case "Symbol":
      return FromSymbol4(schema_, references_, value);
    case "This":
      return FromThis6(schema_, references_, value);
    case "Tuple":
      return FromTuple6(schema_, references_, value);
    case "Undefined":
      return FromUndefined4(schema_, references_, value);
    case "Union":
      return FromUnion6(schema_, references_, value);
    default:
      return Default2(value);
  }
}
function Convert(...args) {
  return args.length === 3 ? Visit7(args[0], args[1], args[2]) : Visit7(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/value/transform/decode.mjs
var TransformDecodeCheckError = class extends TypeBoxError {
  constructor(schema, value, error) {
    super(`Unable to decode value as it does not match the expected schema`);
    this.schema = schema;
    this.value = value;
    this.error = error;
  }
};
var TransformDecodeError = class extends TypeBoxError {
  constructor(schema, path, value, error) {
    super(error instanceof Error ? error.message : "Unknown error");
    this.schema = schema;
    this.path = path;
    this.value = value;
    this.error = error;
  }
};
function Default3(schema, path, value) {
  try {
    return IsTransform(schema) ? schema[TransformKind].Decode(value) : value;
  } catch (error) {
    throw new TransformDecodeError(schema, path, value, error);
  }
}
function FromArray8(schema, references, path, value) {
  return IsArray(value) ? Default3(schema, path, value.map((value2, index) => Visit8(schema.items, references, `${path}/${index}`, value2))) : Default3(schema, path, value);
}
function FromIntersect7(schema, references, path, value) {
  if (!IsObject(value) || IsValueType(value))
    return Default3(schema, path, value);
  const knownEntries = KeyOfPropertyEntries(schema);
  const knownKeys = knownEntries.map((entry) => entry[0]);
  const knownProperties = { ...value };
  for (const [knownKey, knownSchema] of knownEntries)
    if (knownKey in knownProperties) {
      knownProperties[knownKey] = Visit8(knownSchema, references, `${path}/${knownKey}`, knownProperties[knownKey]);
    }
  if (!IsTransform(schema.unevaluatedProperties)) {
    return Default3(schema, path, knownProperties);
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const unevaluatedProperties = schema.unevaluatedProperties;
  const unknownProperties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.includes(key)) {
      unknownProperties[key] = Default3(unevaluatedProperties, `${path}/${key}`, unknownProperties[key]);
    }
  return Default3(schema, path, unknownProperties);
}
function FromImport7(schema, references, path, value) {
  const additional = globalThis.Object.values(schema.$defs);
  const target2 = schema.$defs[schema.$ref];
  const result = Visit8(target2, [...references, ...additional], path, value);
  return Default3(schema, path, result);
}
function FromNot4(schema, references, path, value) {
  return Default3(schema, path, Visit8(schema.not, references, path, value));
}
function FromObject8(schema, references, path, value) {
  if (!IsObject(value))
    return Default3(schema, path, value);
  const knownKeys = KeyOfPropertyKeys(schema);
  const knownProperties = { ...value };
  for (const key of knownKeys) {
    if (!HasPropertyKey(knownProperties, key))
      continue;
    if (IsUndefined(knownProperties[key]) && (!IsUndefined2(schema.properties[key]) || TypeSystemPolicy.IsExactOptionalProperty(knownProperties, key)))
      continue;
    knownProperties[key] = Visit8(schema.properties[key], references, `${path}/${key}`, knownProperties[key]);
  }
  if (!IsSchema(schema.additionalProperties)) {
    return Default3(schema, path, knownProperties);
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const additionalProperties = schema.additionalProperties;
  const unknownProperties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.includes(key)) {
      unknownProperties[key] = Default3(additionalProperties, `${path}/${key}`, unknownProperties[key]);
    }
  return Default3(schema, path, unknownProperties);
}
function FromRecord7(schema, references, path, value) {
  if (!IsObject(value))
    return Default3(schema, path, value);
  const pattern = Object.getOwnPropertyNames(schema.patternProperties)[0];
  const knownKeys = new RegExp(pattern);
  const knownProperties = { ...value };
  for (const key of Object.getOwnPropertyNames(value))
    if (knownKeys.test(key)) {
      knownProperties[key] = Visit8(schema.patternProperties[pattern], references, `${path}/${key}`, knownProperties[key]);
    }
  if (!IsSchema(schema.additionalProperties)) {
    return Default3(schema, path, knownProperties);
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const additionalProperties = schema.additionalProperties;
  const unknownProperties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.test(key)) {
      unknownProperties[key] = Default3(additionalProperties, `${path}/${key}`, unknownProperties[key]);
    }
  return Default3(schema, path, unknownProperties);
}
function FromRef7(schema, references, path, value) {
  const target2 = Deref(schema, references);
  return Default3(schema, path, Visit8(target2, references, path, value));
}
function FromThis7(schema, references, path, value) {
  const target2 = Deref(schema, references);
  return Default3(schema, path, Visit8(target2, references, path, value));
}
function FromTuple7(schema, references, path, value) {
  return IsArray(value) && IsArray(schema.items) ? Default3(schema, path, schema.items.map((schema2, index) => Visit8(schema2, references, `${path}/${index}`, value[index]))) : Default3(schema, path, value);
}
function FromUnion7(schema, references, path, value) {
  for (const subschema of schema.anyOf) {
    if (!Check(subschema, references, value))
      continue;
    const decoded = Visit8(subschema, references, path, value);
    return Default3(schema, path, decoded);
  }
  return Default3(schema, path, value);
}
function Visit8(schema, references, path, value) {
  const references_ = Pushref(schema, references);
  const schema_ = schema;
  switch (schema[Kind]) {
    case "Array":
      return FromArray8(schema_, references_, path, value);
    case "Import":
      return FromImport7(schema_, references_, path, value);
    case "Intersect":
      return FromIntersect7(schema_, references_, path, value);
    case "Not":
      return FromNot4(schema_, references_, path, value);
    case "Object":
      return FromObject8(schema_, references_, path, value);
    case "Record":
      return FromRecord7(schema_, references_, path, value);
    case "Ref":
      return FromRef7(schema_, references_, path, value);
    case "Symbol":
      return Default3(schema_, path, value);
    case "This":
      return FromThis7(schema_, references_, path, value);
    case "Tuple":
      return FromTuple7(schema_, references_, path, value);
    case "Union":
      return FromUnion7(schema_, references_, path, value);
    default:
      return Default3(schema_, path, value);
  }
}
function TransformDecode(schema, references, value) {
  return Visit8(schema, references, "", value);
}

// node_modules/@sinclair/typebox/build/esm/value/transform/encode.mjs
var TransformEncodeCheckError = class extends TypeBoxError {
  constructor(schema, value, error) {
    super(`The encoded value does not match the expected schema`);
    this.schema = schema;
    this.value = value;
    this.error = error;
  }
};
var TransformEncodeError = class extends TypeBoxError {
  constructor(schema, path, value, error) {
    super(`${error instanceof Error ? error.message : "Unknown error"}`);
    this.schema = schema;
    this.path = path;
    this.value = value;
    this.error = error;
  }
};
function Default4(schema, path, value) {
  try {
    return IsTransform(schema) ? schema[TransformKind].Encode(value) : value;
  } catch (error) {
    throw new TransformEncodeError(schema, path, value, error);
  }
}
function FromArray9(schema, references, path, value) {
  const defaulted = Default4(schema, path, value);
  return IsArray(defaulted) ? defaulted.map((value2, index) => Visit9(schema.items, references, `${path}/${index}`, value2)) : defaulted;
}
function FromImport8(schema, references, path, value) {
  const additional = globalThis.Object.values(schema.$defs);
  const target2 = schema.$defs[schema.$ref];
  const result = Default4(schema, path, value);
  return Visit9(target2, [...references, ...additional], path, result);
}
function FromIntersect8(schema, references, path, value) {
  const defaulted = Default4(schema, path, value);
  if (!IsObject(value) || IsValueType(value))
    return defaulted;
  const knownEntries = KeyOfPropertyEntries(schema);
  const knownKeys = knownEntries.map((entry) => entry[0]);
  const knownProperties = { ...defaulted };
  for (const [knownKey, knownSchema] of knownEntries)
    if (knownKey in knownProperties) {
      knownProperties[knownKey] = Visit9(knownSchema, references, `${path}/${knownKey}`, knownProperties[knownKey]);
    }
  if (!IsTransform(schema.unevaluatedProperties)) {
    return knownProperties;
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const unevaluatedProperties = schema.unevaluatedProperties;
  const properties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.includes(key)) {
      properties[key] = Default4(unevaluatedProperties, `${path}/${key}`, properties[key]);
    }
  return properties;
}
function FromNot5(schema, references, path, value) {
  return Default4(schema.not, path, Default4(schema, path, value));
}
function FromObject9(schema, references, path, value) {
  const defaulted = Default4(schema, path, value);
  if (!IsObject(defaulted))
    return defaulted;
  const knownKeys = KeyOfPropertyKeys(schema);
  const knownProperties = { ...defaulted };
  for (const key of knownKeys) {
    if (!HasPropertyKey(knownProperties, key))
      continue;
    if (IsUndefined(knownProperties[key]) && (!IsUndefined2(schema.properties[key]) || TypeSystemPolicy.IsExactOptionalProperty(knownProperties, key)))
      continue;
    knownProperties[key] = Visit9(schema.properties[key], references, `${path}/${key}`, knownProperties[key]);
  }
  if (!IsSchema(schema.additionalProperties)) {
    return knownProperties;
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const additionalProperties = schema.additionalProperties;
  const properties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.includes(key)) {
      properties[key] = Default4(additionalProperties, `${path}/${key}`, properties[key]);
    }
  return properties;
}
function FromRecord8(schema, references, path, value) {
  const defaulted = Default4(schema, path, value);
  if (!IsObject(value))
    return defaulted;
  const pattern = Object.getOwnPropertyNames(schema.patternProperties)[0];
  const knownKeys = new RegExp(pattern);
  const knownProperties = { ...defaulted };
  for (const key of Object.getOwnPropertyNames(value))
    if (knownKeys.test(key)) {
      knownProperties[key] = Visit9(schema.patternProperties[pattern], references, `${path}/${key}`, knownProperties[key]);
    }
  if (!IsSchema(schema.additionalProperties)) {
    return knownProperties;
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const additionalProperties = schema.additionalProperties;
  const properties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.test(key)) {
      properties[key] = Default4(additionalProperties, `${path}/${key}`, properties[key]);
    }
  return properties;
}
function FromRef8(schema, references, path, value) {
  const target2 = Deref(schema, references);
  const resolved = Visit9(target2, references, path, value);
  return Default4(schema, path, resolved);
}
function FromThis8(schema, references, path, value) {
  const target2 = Deref(schema, references);
  const resolved = Visit9(target2, references, path, value);
  return Default4(schema, path, resolved);
}
function FromTuple8(schema, references, path, value) {
  const value1 = Default4(schema, path, value);
  return IsArray(schema.items) ? schema.items.map((schema2, index) => Visit9(schema2, references, `${path}/${index}`, value1[index])) : [];
}
function FromUnion8(schema, references, path, value) {
  for (const subschema of schema.anyOf) {
    if (!Check(subschema, references, value))
      continue;
    const value1 = Visit9(subschema, references, path, value);
    return Default4(schema, path, value1);
  }
  for (const subschema of schema.anyOf) {
    const value1 = Visit9(subschema, references, path, value);
    if (!Check(schema, references, value1))
      continue;
    return Default4(schema, path, value1);
  }
  return Default4(schema, path, value);
}
function Visit9(schema, references, path, value) {
  const references_ = Pushref(schema, references);
  const schema_ = schema;
  switch (schema[Kind]) {
    case "Array":
      return FromArray9(schema_, references_, path, value);
    case "Import":
      return FromImport8(schema_, references_, path, value);
    case "Intersect":
      return FromIntersect8(schema_, references_, path, value);
    case "Not":
      return FromNot5(schema_, references_, path, value);
    case "Object":
      return FromObject9(schema_, references_, path, value);
    case "Record":
      return FromRecord8(schema_, references_, path, value);
    case "Ref":
      return FromRef8(schema_, references_, path, value);
    case "This":
      return FromThis8(schema_, references_, path, value);
    case "Tuple":
      return FromTuple8(schema_, references_, path, value);
    case "Union":
      return FromUnion8(schema_, references_, path, value);
    default:
      return Default4(schema_, path, value);
  }
}
function TransformEncode(schema, references, value) {
  return Visit9(schema, references, "", value);
}

// node_modules/@sinclair/typebox/build/esm/value/transform/has.mjs
function FromArray10(schema, references) {
  return IsTransform(schema) || Visit10(schema.items, references);
}
function FromAsyncIterator4(schema, references) {
  return IsTransform(schema) || Visit10(schema.items, references);
}
function FromConstructor5(schema, references) {
  return IsTransform(schema) || Visit10(schema.returns, references) || schema.parameters.some((schema2) => Visit10(schema2, references));
}
function FromFunction4(schema, references) {
  return IsTransform(schema) || Visit10(schema.returns, references) || schema.parameters.some((schema2) => Visit10(schema2, references));
}
function FromIntersect9(schema, references) {
  return IsTransform(schema) || IsTransform(schema.unevaluatedProperties) || schema.allOf.some((schema2) => Visit10(schema2, references));
}
function FromImport9(schema, references) {
  const additional = globalThis.Object.getOwnPropertyNames(schema.$defs).reduce((result, key) => [...result, schema.$defs[key]], []);
  const target2 = schema.$defs[schema.$ref];
  return IsTransform(schema) || Visit10(target2, [...additional, ...references]);
}
function FromIterator4(schema, references) {
  return IsTransform(schema) || Visit10(schema.items, references);
}
function FromNot6(schema, references) {
  return IsTransform(schema) || Visit10(schema.not, references);
}
function FromObject10(schema, references) {
  return IsTransform(schema) || Object.values(schema.properties).some((schema2) => Visit10(schema2, references)) || IsSchema(schema.additionalProperties) && Visit10(schema.additionalProperties, references);
}
function FromPromise4(schema, references) {
  return IsTransform(schema) || Visit10(schema.item, references);
}
function FromRecord9(schema, references) {
  const pattern = Object.getOwnPropertyNames(schema.patternProperties)[0];
  const property = schema.patternProperties[pattern];
  return IsTransform(schema) || Visit10(property, references) || IsSchema(schema.additionalProperties) && IsTransform(schema.additionalProperties);
}
function FromRef9(schema, references) {
  if (IsTransform(schema))
    return true;
  return Visit10(Deref(schema, references), references);
}
function FromThis9(schema, references) {
  if (IsTransform(schema))
    return true;
  return Visit10(Deref(schema, references), references);
}
function FromTuple9(schema, references) {
  return IsTransform(schema) || !IsUndefined(schema.items) && schema.items.some((schema2) => Visit10(schema2, references));
}
function FromUnion9(schema, references) {
  return IsTransform(schema) || schema.anyOf.some((schema2) => Visit10(schema2, references));
}
function Visit10(schema, references) {
  const references_ = Pushref(schema, references);
  const schema_ = schema;
  if (schema.$id && visited.has(schema.$id))
    return false;
  if (schema.$id)
    visited.add(schema.$id);
  switch (schema[Kind]) {
    case "Array":
      return FromArray10(schema_, references_);
    case "AsyncIterator":
      return FromAsyncIterator4(schema_, references_);
    case "Constructor":
      return FromConstructor5(schema_, references_);
    case "Function":
      return FromFunction4(schema_, references_);
    case "Import":
      return FromImport9(schema_, references_);
    case "Intersect":
      return FromIntersect9(schema_, references_);
    case "Iterator":
      return FromIterator4(schema_, references_);
    case "Not":
      return FromNot6(schema_, references_);
    case "Object":
      return FromObject10(schema_, references_);
    case "Promise":
      return FromPromise4(schema_, references_);
    case "Record":
      return FromRecord9(schema_, references_);
    case "Ref":
      return FromRef9(schema_, references_);
    case "This":
      return FromThis9(schema_, references_);
    case "Tuple":
      return FromTuple9(schema_, references_);
    case "Union":
      return FromUnion9(schema_, references_);
    default:
      return IsTransform(schema);
  }
}
var visited = /* @__PURE__ */ new Set();
function HasTransform(schema, references) {
  visited.clear();
  return Visit10(schema, references);
}

// node_modules/@sinclair/typebox/build/esm/value/decode/decode.mjs
function Decode(...args) {
  const [schema, references, value] = args.length === 3 ? [args[0], args[1], args[2]] : [args[0], [], args[1]];
  if (!Check(schema, references, value))
    throw new TransformDecodeCheckError(schema, value, Errors(schema, references, value).First());
  return HasTransform(schema, references) ? TransformDecode(schema, references, value) : value;
}

// node_modules/@sinclair/typebox/build/esm/value/default/default.mjs
function ValueOrDefault(schema, value) {
  const defaultValue = HasPropertyKey(schema, "default") ? schema.default : void 0;
  const clone = IsFunction(defaultValue) ? defaultValue() : Clone(defaultValue);
  return IsUndefined(value) ? clone : IsObject(value) && IsObject(clone) ? Object.assign(clone, value) : value;
}
function HasDefaultProperty(schema) {
  return IsKind(schema) && "default" in schema;
}
function FromArray11(schema, references, value) {
  if (IsArray(value)) {
    for (let i = 0; i < value.length; i++) {
      value[i] = Visit11(schema.items, references, value[i]);
    }
    return value;
  }
  const defaulted = ValueOrDefault(schema, value);
  if (!IsArray(defaulted))
    return defaulted;
  for (let i = 0; i < defaulted.length; i++) {
    defaulted[i] = Visit11(schema.items, references, defaulted[i]);
  }
  return defaulted;
}
function FromDate6(schema, references, value) {
  return IsDate(value) ? value : ValueOrDefault(schema, value);
}
function FromImport10(schema, references, value) {
  const definitions = globalThis.Object.values(schema.$defs);
  const target2 = schema.$defs[schema.$ref];
  return Visit11(target2, [...references, ...definitions], value);
}
function FromIntersect10(schema, references, value) {
  const defaulted = ValueOrDefault(schema, value);
  return schema.allOf.reduce((acc, schema2) => {
    const next = Visit11(schema2, references, defaulted);
    return IsObject(next) ? { ...acc, ...next } : next;
  }, {});
}
function FromObject11(schema, references, value) {
  const defaulted = ValueOrDefault(schema, value);
  if (!IsObject(defaulted))
    return defaulted;
  const knownPropertyKeys = Object.getOwnPropertyNames(schema.properties);
  for (const key of knownPropertyKeys) {
    const propertyValue = Visit11(schema.properties[key], references, defaulted[key]);
    if (IsUndefined(propertyValue))
      continue;
    defaulted[key] = Visit11(schema.properties[key], references, defaulted[key]);
  }
  if (!HasDefaultProperty(schema.additionalProperties))
    return defaulted;
  for (const key of Object.getOwnPropertyNames(defaulted)) {
    if (knownPropertyKeys.includes(key))
      continue;
    defaulted[key] = Visit11(schema.additionalProperties, references, defaulted[key]);
  }
  return defaulted;
}
function FromRecord10(schema, references, value) {
  const defaulted = ValueOrDefault(schema, value);
  if (!IsObject(defaulted))
    return defaulted;
  const additionalPropertiesSchema = schema.additionalProperties;
  const [propertyKeyPattern, propertySchema] = Object.entries(schema.patternProperties)[0];
  const knownPropertyKey = new RegExp(propertyKeyPattern);
  for (const key of Object.getOwnPropertyNames(defaulted)) {
    if (!(knownPropertyKey.test(key) && HasDefaultProperty(propertySchema)))
      continue;
    defaulted[key] = Visit11(propertySchema, references, defaulted[key]);
  }
  if (!HasDefaultProperty(additionalPropertiesSchema))
    return defaulted;
  for (const key of Object.getOwnPropertyNames(defaulted)) {
    if (knownPropertyKey.test(key))
      continue;
    defaulted[key] = Visit11(additionalPropertiesSchema, references, defaulted[key]);
  }
  return defaulted;
}
function FromRef10(schema, references, value) {
  return Visit11(Deref(schema, references), references, ValueOrDefault(schema, value));
}
function FromThis10(schema, references, value) {
  return Visit11(Deref(schema, references), references, value);
}
function FromTuple10(schema, references, value) {
  const defaulted = ValueOrDefault(schema, value);
  if (!IsArray(defaulted) || IsUndefined(schema.items))
    return defaulted;
  const [items, max] = [schema.items, Math.max(schema.items.length, defaulted.length)];
  for (let i = 0; i < max; i++) {
    if (i < items.length)
      defaulted[i] = Visit11(items[i], references, defaulted[i]);
  }
  return defaulted;
}
function FromUnion10(schema, references, value) {
  const defaulted = ValueOrDefault(schema, value);
  for (const inner of schema.anyOf) {
    const result = Visit11(inner, references, Clone(defaulted));
    if (Check(inner, references, result)) {
      return result;
    }
  }
  return defaulted;
}
function Visit11(schema, references, value) {
  const references_ = Pushref(schema, references);
  const schema_ = schema;
  switch (schema_[Kind]) {
    case "Array":
      return FromArray11(schema_, references_, value);
    case "Date":
      return FromDate6(schema_, references_, value);
    case "Import":
      return FromImport10(schema_, references_, value);
    case "Intersect":
      return FromIntersect10(schema_, references_, value);
    case "Object":
      return FromObject11(schema_, references_, value);
    case "Record":
      return FromRecord10(schema_, references_, value);
    case "Ref":
      return FromRef10(schema_, references_, value);
    case "This":
      return FromThis10(schema_, references_, value);
    case "Tuple":
      return FromTuple10(schema_, references_, value);
    case "Union":
      return FromUnion10(schema_, references_, value);
    default:
      return ValueOrDefault(schema_, value);
  }
}
function Default5(...args) {
  return args.length === 3 ? Visit11(args[0], args[1], args[2]) : Visit11(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/value/pointer/pointer.mjs
var pointer_exports = {};
__export(pointer_exports, {
  Delete: () => Delete3,
  Format: () => Format,
  Get: () => Get3,
  Has: () => Has3,
  Set: () => Set4,
  ValuePointerRootDeleteError: () => ValuePointerRootDeleteError,
  ValuePointerRootSetError: () => ValuePointerRootSetError
});
var ValuePointerRootSetError = class extends TypeBoxError {
  constructor(value, path, update2) {
    super("Cannot set root value");
    this.value = value;
    this.path = path;
    this.update = update2;
  }
};
var ValuePointerRootDeleteError = class extends TypeBoxError {
  constructor(value, path) {
    super("Cannot delete root value");
    this.value = value;
    this.path = path;
  }
};
function Escape(component) {
  return component.indexOf("~") === -1 ? component : component.replace(/~1/g, "/").replace(/~0/g, "~");
}
function* Format(pointer) {
  if (pointer === "")
    return;
  let [start, end] = [0, 0];
  for (let i = 0; i < pointer.length; i++) {
    const char = pointer.charAt(i);
    if (char === "/") {
      if (i === 0) {
        start = i + 1;
      } else {
        end = i;
        yield Escape(pointer.slice(start, end));
        start = i + 1;
      }
    } else {
      end = i;
    }
  }
  yield Escape(pointer.slice(start));
}
function Set4(value, pointer, update2) {
  if (pointer === "")
    throw new ValuePointerRootSetError(value, pointer, update2);
  let [owner, next, key] = [null, value, ""];
  for (const component of Format(pointer)) {
    if (next[component] === void 0)
      next[component] = {};
    owner = next;
    next = next[component];
    key = component;
  }
  owner[key] = update2;
}
function Delete3(value, pointer) {
  if (pointer === "")
    throw new ValuePointerRootDeleteError(value, pointer);
  let [owner, next, key] = [null, value, ""];
  for (const component of Format(pointer)) {
    if (next[component] === void 0 || next[component] === null)
      return;
    owner = next;
    next = next[component];
    key = component;
  }
  if (Array.isArray(owner)) {
    const index = parseInt(key);
    owner.splice(index, 1);
  } else {
    delete owner[key];
  }
}
function Has3(value, pointer) {
  if (pointer === "")
    return true;
  let [owner, next, key] = [null, value, ""];
  for (const component of Format(pointer)) {
    if (next[component] === void 0)
      return false;
    owner = next;
    next = next[component];
    key = component;
  }
  return Object.getOwnPropertyNames(owner).includes(key);
}
function Get3(value, pointer) {
  if (pointer === "")
    return value;
  let current = value;
  for (const component of Format(pointer)) {
    if (current[component] === void 0)
      return void 0;
    current = current[component];
  }
  return current;
}

// node_modules/@sinclair/typebox/build/esm/value/equal/equal.mjs
function ObjectType2(left, right) {
  if (!IsObject(right))
    return false;
  const leftKeys = [...Object.keys(left), ...Object.getOwnPropertySymbols(left)];
  const rightKeys = [...Object.keys(right), ...Object.getOwnPropertySymbols(right)];
  if (leftKeys.length !== rightKeys.length)
    return false;
  return leftKeys.every((key) => Equal(left[key], right[key]));
}
function DateType2(left, right) {
  return IsDate(right) && left.getTime() === right.getTime();
}
function ArrayType2(left, right) {
  if (!IsArray(right) || left.length !== right.length)
    return false;
  return left.every((value, index) => Equal(value, right[index]));
}
function TypedArrayType(left, right) {
  if (!IsTypedArray(right) || left.length !== right.length || Object.getPrototypeOf(left).constructor.name !== Object.getPrototypeOf(right).constructor.name)
    return false;
  return left.every((value, index) => Equal(value, right[index]));
}
function ValueType(left, right) {
  return left === right;
}
function Equal(left, right) {
  if (IsDate(left))
    return DateType2(left, right);
  if (IsTypedArray(left))
    return TypedArrayType(left, right);
  if (IsArray(left))
    return ArrayType2(left, right);
  if (IsObject(left))
    return ObjectType2(left, right);
  if (IsValueType(left))
    return ValueType(left, right);
  throw new Error("ValueEquals: Unable to compare value");
}

// node_modules/@sinclair/typebox/build/esm/value/delta/delta.mjs
var Insert = Object2({
  type: Literal("insert"),
  path: String2(),
  value: Unknown()
});
var Update = Object2({
  type: Literal("update"),
  path: String2(),
  value: Unknown()
});
var Delete4 = Object2({
  type: Literal("delete"),
  path: String2()
});
var Edit = Union([Insert, Update, Delete4]);
var ValueDiffError = class extends TypeBoxError {
  constructor(value, message) {
    super(message);
    this.value = value;
  }
};
function CreateUpdate(path, value) {
  return { type: "update", path, value };
}
function CreateInsert(path, value) {
  return { type: "insert", path, value };
}
function CreateDelete(path) {
  return { type: "delete", path };
}
function AssertDiffable(value) {
  if (globalThis.Object.getOwnPropertySymbols(value).length > 0)
    throw new ValueDiffError(value, "Cannot diff objects with symbols");
}
function* ObjectType3(path, current, next) {
  AssertDiffable(current);
  AssertDiffable(next);
  if (!IsStandardObject(next))
    return yield CreateUpdate(path, next);
  const currentKeys = globalThis.Object.getOwnPropertyNames(current);
  const nextKeys = globalThis.Object.getOwnPropertyNames(next);
  for (const key of nextKeys) {
    if (HasPropertyKey(current, key))
      continue;
    yield CreateInsert(`${path}/${key}`, next[key]);
  }
  for (const key of currentKeys) {
    if (!HasPropertyKey(next, key))
      continue;
    if (Equal(current, next))
      continue;
    yield* Visit12(`${path}/${key}`, current[key], next[key]);
  }
  for (const key of currentKeys) {
    if (HasPropertyKey(next, key))
      continue;
    yield CreateDelete(`${path}/${key}`);
  }
}
function* ArrayType3(path, current, next) {
  if (!IsArray(next))
    return yield CreateUpdate(path, next);
  for (let i = 0; i < Math.min(current.length, next.length); i++) {
    yield* Visit12(`${path}/${i}`, current[i], next[i]);
  }
  for (let i = 0; i < next.length; i++) {
    if (i < current.length)
      continue;
    yield CreateInsert(`${path}/${i}`, next[i]);
  }
  for (let i = current.length - 1; i >= 0; i--) {
    if (i < next.length)
      continue;
    yield CreateDelete(`${path}/${i}`);
  }
}
function* TypedArrayType2(path, current, next) {
  if (!IsTypedArray(next) || current.length !== next.length || globalThis.Object.getPrototypeOf(current).constructor.name !== globalThis.Object.getPrototypeOf(next).constructor.name)
    return yield CreateUpdate(path, next);
  for (let i = 0; i < Math.min(current.length, next.length); i++) {
    yield* Visit12(`${path}/${i}`, current[i], next[i]);
  }
}
function* ValueType2(path, current, next) {
  if (current === next)
    return;
  yield CreateUpdate(path, next);
}
function* Visit12(path, current, next) {
  if (IsStandardObject(current))
    return yield* ObjectType3(path, current, next);
  if (IsArray(current))
    return yield* ArrayType3(path, current, next);
  if (IsTypedArray(current))
    return yield* TypedArrayType2(path, current, next);
  if (IsValueType(current))
    return yield* ValueType2(path, current, next);
  throw new ValueDiffError(current, "Unable to diff value");
}
function Diff(current, next) {
  return [...Visit12("", current, next)];
}
function IsRootUpdate(edits) {
  return edits.length > 0 && edits[0].path === "" && edits[0].type === "update";
}
function IsIdentity(edits) {
  return edits.length === 0;
}
function Patch(current, edits) {
  if (IsRootUpdate(edits)) {
    return Clone(edits[0].value);
  }
  if (IsIdentity(edits)) {
    return Clone(current);
  }
  const clone = Clone(current);
  for (const edit of edits) {
    switch (edit.type) {
      case "insert": {
        pointer_exports.Set(clone, edit.path, edit.value);
        break;
      }
      case "update": {
        pointer_exports.Set(clone, edit.path, edit.value);
        break;
      }
      case "delete": {
        pointer_exports.Delete(clone, edit.path);
        break;
      }
    }
  }
  return clone;
}

// node_modules/@sinclair/typebox/build/esm/value/encode/encode.mjs
function Encode(...args) {
  const [schema, references, value] = args.length === 3 ? [args[0], args[1], args[2]] : [args[0], [], args[1]];
  const encoded = HasTransform(schema, references) ? TransformEncode(schema, references, value) : value;
  if (!Check(schema, references, encoded))
    throw new TransformEncodeCheckError(schema, encoded, Errors(schema, references, encoded).First());
  return encoded;
}

// node_modules/@sinclair/typebox/build/esm/value/mutate/mutate.mjs
function IsStandardObject2(value) {
  return IsObject(value) && !IsArray(value);
}
var ValueMutateError = class extends TypeBoxError {
  constructor(message) {
    super(message);
  }
};
function ObjectType4(root, path, current, next) {
  if (!IsStandardObject2(current)) {
    pointer_exports.Set(root, path, Clone(next));
  } else {
    const currentKeys = Object.getOwnPropertyNames(current);
    const nextKeys = Object.getOwnPropertyNames(next);
    for (const currentKey of currentKeys) {
      if (!nextKeys.includes(currentKey)) {
        delete current[currentKey];
      }
    }
    for (const nextKey of nextKeys) {
      if (!currentKeys.includes(nextKey)) {
        current[nextKey] = null;
      }
    }
    for (const nextKey of nextKeys) {
      Visit13(root, `${path}/${nextKey}`, current[nextKey], next[nextKey]);
    }
  }
}
function ArrayType4(root, path, current, next) {
  if (!IsArray(current)) {
    pointer_exports.Set(root, path, Clone(next));
  } else {
    for (let index = 0; index < next.length; index++) {
      Visit13(root, `${path}/${index}`, current[index], next[index]);
    }
    current.splice(next.length);
  }
}
function TypedArrayType3(root, path, current, next) {
  if (IsTypedArray(current) && current.length === next.length) {
    for (let i = 0; i < current.length; i++) {
      current[i] = next[i];
    }
  } else {
    pointer_exports.Set(root, path, Clone(next));
  }
}
function ValueType3(root, path, current, next) {
  if (current === next)
    return;
  pointer_exports.Set(root, path, next);
}
function Visit13(root, path, current, next) {
  if (IsArray(next))
    return ArrayType4(root, path, current, next);
  if (IsTypedArray(next))
    return TypedArrayType3(root, path, current, next);
  if (IsStandardObject2(next))
    return ObjectType4(root, path, current, next);
  if (IsValueType(next))
    return ValueType3(root, path, current, next);
}
function IsNonMutableValue(value) {
  return IsTypedArray(value) || IsValueType(value);
}
function IsMismatchedValue(current, next) {
  return IsStandardObject2(current) && IsArray(next) || IsArray(current) && IsStandardObject2(next);
}
function Mutate(current, next) {
  if (IsNonMutableValue(current) || IsNonMutableValue(next))
    throw new ValueMutateError("Only object and array types can be mutated at the root level");
  if (IsMismatchedValue(current, next))
    throw new ValueMutateError("Cannot assign due type mismatch of assignable values");
  Visit13(current, "", current, next);
}

// node_modules/@sinclair/typebox/build/esm/value/parse/parse.mjs
var ParseError = class extends TypeBoxError {
  constructor(message) {
    super(message);
  }
};
var ParseRegistry;
(function(ParseRegistry2) {
  const registry = /* @__PURE__ */ new Map([
    ["Assert", (type, references, value) => {
      Assert(type, references, value);
      return value;
    }],
    ["Cast", (type, references, value) => Cast(type, references, value)],
    ["Clean", (type, references, value) => Clean(type, references, value)],
    ["Clone", (_type, _references, value) => Clone(value)],
    ["Convert", (type, references, value) => Convert(type, references, value)],
    ["Decode", (type, references, value) => HasTransform(type, references) ? TransformDecode(type, references, value) : value],
    ["Default", (type, references, value) => Default5(type, references, value)],
    ["Encode", (type, references, value) => HasTransform(type, references) ? TransformEncode(type, references, value) : value]
  ]);
  function Delete5(key) {
    registry.delete(key);
  }
  ParseRegistry2.Delete = Delete5;
  function Set5(key, callback) {
    registry.set(key, callback);
  }
  ParseRegistry2.Set = Set5;
  function Get4(key) {
    return registry.get(key);
  }
  ParseRegistry2.Get = Get4;
})(ParseRegistry || (ParseRegistry = {}));
var ParseDefault = [
  "Clone",
  "Clean",
  "Default",
  "Convert",
  "Assert",
  "Decode"
];
function ParseValue(operations, type, references, value) {
  return operations.reduce((value2, operationKey) => {
    const operation = ParseRegistry.Get(operationKey);
    if (IsUndefined(operation))
      throw new ParseError(`Unable to find Parse operation '${operationKey}'`);
    return operation(type, references, value2);
  }, value);
}
function Parse(...args) {
  const [operations, schema, references, value] = args.length === 4 ? [args[0], args[1], args[2], args[3]] : args.length === 3 ? IsArray(args[0]) ? [args[0], args[1], [], args[2]] : [ParseDefault, args[0], args[1], args[2]] : args.length === 2 ? [ParseDefault, args[0], [], args[1]] : (() => {
    throw new ParseError("Invalid Arguments");
  })();
  return ParseValue(operations, schema, references, value);
}

// node_modules/@sinclair/typebox/build/esm/value/value/value.mjs
var value_exports = {};
__export(value_exports, {
  Assert: () => Assert,
  Cast: () => Cast,
  Check: () => Check,
  Clean: () => Clean,
  Clone: () => Clone,
  Convert: () => Convert,
  Create: () => Create2,
  Decode: () => Decode,
  Default: () => Default5,
  Diff: () => Diff,
  Edit: () => Edit,
  Encode: () => Encode,
  Equal: () => Equal,
  Errors: () => Errors,
  Hash: () => Hash,
  Mutate: () => Mutate,
  Parse: () => Parse,
  Patch: () => Patch,
  ValueErrorIterator: () => ValueErrorIterator
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
function pickBySchema(value, schema) {
  const out = {};
  if (!isPlainObject(value) || !type_exports.IsObject(schema)) return out;
  for (const [key, property] of Object.entries(schema.properties)) {
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

// src/core/kinds/group-settings.ts
var GROUP_SETTINGS_ADDRESS = "group.settings";
var targets2 = { update: target({ groupId: Id }) };
var groupSettingsKind = defineKind("group_settings", targets2).with({
  noun: { one: "group settings", many: "group settings" },
  phase: { update: 10 },
  reads: {
    group: (desired) => groupPartRead(desired, "settings", (client, groupId) => client.getGroupSettings(groupId))
  },
  plan(ctx) {
    const result = emptyResult();
    const settings = ctx.desired.group.settings;
    if (settings === void 0) return result;
    const diff = diffSettings(settings, ctx.live.group.settings);
    if (diff !== void 0) {
      result.changes.push({
        action: "update",
        kind: "group_settings",
        address: GROUP_SETTINGS_ADDRESS,
        ...diff,
        dependsOn: [],
        target: { groupId: ctx.desired.group.id }
      });
    }
    return result;
  },
  apply: {
    // The PUT body is the managed keys (`after`): Snyk keeps the keys it is not sent.
    update: ({ target: t, after }, { client }) => written(client.updateGroupSettings(t.groupId, after))
  },
  simulate(live, change) {
    live.group.settings = mergeSettings(live.group.settings, change.after);
  },
  countLive: (live) => live.group.settings === void 0 ? 0 : 1,
  export(live, draft) {
    const settings = live.group.settings;
    if (settings === void 0) return;
    draft.model.group.settings = pickBySchema(settings, GroupSettingsSchema);
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
      return list.map((m) => ({ user: userRef(m.userId), role: roleRef(m), userId: m.userId, roleId: m.roleId })).sort((a, b) => compareText(a.user, b.user) || compareText(a.userId, b.userId));
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
  const ids = /* @__PURE__ */ new Map();
  const add = (name, id) => {
    const key = name.toLowerCase();
    const set = ids.get(key) ?? /* @__PURE__ */ new Set();
    set.add(id);
    ids.set(key, set);
  };
  for (const role of roles) add(role.name, role.id);
  for (const m of memberships) if (m.roleName) add(m.roleName, m.roleId);
  return (m) => m.roleName && ids.get(m.roleName.toLowerCase())?.size === 1 ? m.roleName : m.roleId;
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
  return `group.tag[${tag.key}:${tag.value}]`;
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

// src/core/kinds/integration-settings.ts
var targets4 = { update: orgScoped({ integrationType: Text, integrationId: Type.Optional(Id) }) };
var MISSING = "INTEGRATION_MISSING";
var listedOf = (want) => want.integrations ?? {};
var hasSettings = (spec) => spec?.settings !== void 0 && Object.keys(spec.settings).length > 0;
function integrationsRead(want, org) {
  return liveRead(
    `${orgAddress(want.slug)}.integrations`,
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
    message: `Org '${binding.slug}' has no ${type} integration${why}; adding one needs SCM credentials, which never go in this file: connect it in Snyk, and its settings are managed from then on.`,
    address: integrationAddress(binding.slug, type)
  };
}
function planOrg(ctx, binding, result) {
  const live = binding.live;
  const source = live ?? liveTemplateOf(ctx.desired, ctx.live, binding.desired);
  const types = source?.integrations ?? {};
  for (const [type, spec] of Object.entries(listedOf(binding.desired))) {
    const id = types[type];
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
var integrationSettingsKind = defineKind("integration_settings", targets4).with({
  noun: { one: "integration", many: "integrations" },
  phase: { update: 35 },
  reads: {
    org: (_desired, want, org) => want.integrations === void 0 ? [] : [integrationsRead(want, org)],
    // The template of an org this plan creates: which integrations the new org will have. Not
    // needed when the template's own entry lists integrations (its read has the list).
    afterOrgs(desired, live) {
      const match = matchOrgs(live.orgs);
      return desired.orgs.flatMap((want) => {
        if (want.integrations === void 0 || match(want) !== void 0) return [];
        const source = liveTemplateOf(desired, live, want);
        if (source === void 0) return [];
        const entry = desired.orgs.find((o) => match(o) === source);
        if (entry?.integrations !== void 0) return [];
        return [
          liveRead(
            `${orgAddress(source.slug)}.integrations`,
            (client) => client.listIntegrations(source.id),
            (list) => {
              source.integrations = list;
            }
          )
        ];
      });
    }
  },
  plan(ctx) {
    const result = emptyResult();
    for (const binding of plannableOrgs(ctx)) {
      if (binding.desired.integrations !== void 0) planOrg(ctx, binding, result);
    }
    return result;
  },
  apply: {
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

// src/core/kinds/settings-kind.ts
var targets5 = { update: orgScoped({}) };
var settingsAddress = (slug, part) => `${orgAddress(slug)}.${part}`;
function planUpdates(ctx, kind, part) {
  return plannableOrgs(ctx).flatMap((binding) => {
    const wanted = binding.desired[part];
    if (wanted === void 0 || Object.keys(wanted).length === 0) return [];
    const change = settingsChange(wanted, binding.live && { current: binding.live[part] });
    if (change === void 0) return [];
    return [
      {
        action: "update",
        kind,
        address: settingsAddress(binding.slug, part),
        dependsOn: orgDependencies(binding),
        target: orgTarget(binding),
        ...change
      }
    ];
  });
}
function settingsPartKind(spec) {
  const { kind, part } = spec;
  const { schema } = ORG_SETTINGS_PARTS[part];
  return defineKind(kind, targets5).with({
    orgPart: part,
    noun: spec.noun,
    phase: { update: spec.phase },
    reads: { org: (_desired, want, org) => orgPartRead(want, org, part, spec.read) },
    plan(ctx) {
      const result = emptyResult();
      result.changes.push(...planUpdates(ctx, kind, part));
      return result;
    },
    apply: {
      update: (change, { client, ctx }) => written(spec.write(client, orgIdOf(change.target, change.address, ctx), change))
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
          entry[part] = pickBySchema(settings, schema);
      }
    }
  });
}

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
var targets6 = {
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
var orgKind = defineKind("org", targets6).with({
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
var targets7 = {
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
var orgMembershipKind = defineKind("org_membership", targets7).with({
  noun: { one: "org membership", many: "org memberships" },
  phase: { create: 50, update: 50, delete: 60 },
  reads: {
    group: (desired) => desired.orgs.some((o) => o.members !== void 0) ? [orgRolesRead(desired), groupDirectoryRead(desired, { managed: false })] : [],
    org: (_desired, want, org) => want.members === void 0 ? [] : [
      liveRead(
        `${orgAddress(want.slug)}.members`,
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
      return [lastAdminRefusal(orgAddress(org.slug), ORG_ADMIN, adminLosses(own, org.members, admins))];
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
  return `${orgAddress(slug)}.pending[${email.toLowerCase()}]`;
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
            `${at}.provisions`,
            (client) => client.listProvisions(org.id),
            (p) => ({ via: "provision", email: p.email, roleId: p.roleId })
          )
        ];
      return [
        pendingRead(
          org,
          `${at}.invites`,
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
var targets8 = { update: target({ orgId: Id, projectId: Id }) };
var UNMATCHED = "PROJECT_RULE_UNMATCHED";
function projectAddress(slug, project, shared) {
  return `${orgAddress(slug)}.project[${shared ? `${project.name}#${project.id}` : project.name}]`;
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
async function readMatched(list, keep) {
  const kept = [];
  await list((page) => {
    for (const project of page) if (keep(project)) kept.push(project);
  });
  return kept;
}
function internProject(p, intern) {
  const attributes = {};
  for (const [name, values] of Object.entries(p.attributes))
    attributes[name] = values.map(intern);
  return {
    id: p.id,
    name: p.name,
    type: intern(p.type),
    origin: intern(p.origin),
    tags: p.tags.map((t) => ({ key: intern(t.key), value: intern(t.value) })),
    attributes
  };
}
var projectKind = defineKind("project", targets8).with({
  noun: { one: "project", many: "projects" },
  // After the org exists and its settings are written; before any group tag is deleted.
  phase: { update: 35 },
  reads: {
    org: (_desired, want, org) => {
      const rules = want.projects ?? [];
      if (rules.length === 0) return [];
      return [
        liveRead(
          `${orgAddress(want.slug)}.projects`,
          (client) => readMatched(
            (onPage) => client.listOrgProjects(org.id, listFilterOf(rules), onPage),
            (project) => anyRuleMatches(rules, project)
          ),
          (projects, _live, intern) => {
            org.projects = projects.map((p) => internProject(p, intern));
          }
        )
      ];
    }
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
          address: `${orgAddress(binding.slug)}.projects`
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

// src/core/kinds/tenant.ts
var TENANT_ADDRESS = "tenant";
var targets9 = { update: target({ tenantId: Id, name: Text }) };
var tenantKind = defineKind("tenant", targets9).with({
  noun: { one: "tenant", many: "tenants" },
  phase: { update: 10 },
  reads: {
    group(desired) {
      const tenant = desired.tenant;
      if (tenant === void 0) return [];
      return [
        liveRead(
          "tenant",
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
        address: TENANT_ADDRESS,
        path: ["tenant", "id"]
      });
      return result;
    }
    if (desired.name !== void 0 && desired.name !== live.name) {
      result.changes.push({
        action: "update",
        kind: "tenant",
        address: TENANT_ADDRESS,
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
var targets10 = { update, delete: remove };
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
var tenantMembershipKind = defineKind("tenant_membership", targets10).with({
  noun: { one: "tenant membership", many: "tenant memberships" },
  phase: { update: 40, delete: 64 },
  reads: {
    group(desired) {
      const tenant = desired.tenant;
      if (tenant?.members === void 0) return [];
      return [
        liveRead(
          "tenant.members",
          (client) => client.listTenantMemberships(tenant.id),
          (members, live) => {
            live.tenant = { id: tenant.id, name: "", ...live.tenant, members: members.map(withoutUser) };
            addUsers(live.users, members);
          }
        ),
        liveRead(
          "roles.tenant",
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
var targets11 = {
  create: orgScoped({ url: Text, secretEnv: Text }),
  delete: orgScoped({ webhookId: Id, url: Text })
};
function createChange(binding, hook, dependsOn) {
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
function deleteChange(binding, live) {
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
var webhookKind = defineKind("webhook", targets11).with({
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
          result.changes.push(createChange(binding, hook, orgDependencies(binding)));
      }
      if (ctx.desired.prune.webhooks !== true || binding.live === void 0) continue;
      const listed = new Set(wanted.map((h) => h.url));
      for (const hook of live) {
        if (!listed.has(hook.url))
          result.changes.push(deleteChange(binding, { ...hook, orgId: binding.live.id }));
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
            deleteChange(binding, { ...live, orgId: org.id }),
            createChange(binding, hook, [address])
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
  simulate(live, change) {
    const org = findOrgOf(live.orgs, change.target);
    if (org === void 0) return;
    const hooks = org.webhooks ?? [];
    org.webhooks = change.action === "create" ? [...hooks, { id: `sim:${change.address}`, url: change.target.url }] : hooks.filter((h) => h.id !== change.target.webhookId);
  },
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
  org_membership: orgMembershipKind,
  group_settings: groupSettingsKind,
  group_membership: groupMembershipKind,
  group_tag: groupTagKind,
  tenant: tenantKind,
  tenant_membership: tenantMembershipKind,
  pending_user: pendingUserKind,
  project: projectKind,
  integration_settings: integrationSettingsKind,
  notification_settings: notificationSettingsKind,
  webhook: webhookKind
};
var KIND_MODULES = REGISTRY;
var KIND_NAMES = Object.keys(REGISTRY);
var KINDS = Object.values(KIND_MODULES);
function handlersOf(kind) {
  return KIND_MODULES[kind];
}

// src/core/resolve.ts
var import_picomatch = __toESM(require_picomatch(), 1);
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
  const ignore = ignoreGlobs.length === 0 ? () => false : (0, import_picomatch.default)([...ignoreGlobs], { nocase: true, dot: true });
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
  const add = (map3, key, role) => {
    const list = map3.get(key);
    if (list === void 0) map3.set(key, [role]);
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
  format_exports,
  estimateApplySeconds,
  applyBudgetSentence,
  designation,
  designationsOf,
  matchOrgs,
  adminRoleIds,
  overrideInput,
  listAddresses,
  ApplyError,
  addUsers,
  rolesOf,
  require_fast_json_patch,
  value_exports,
  createExportDraft,
  pendingUserAddress,
  KIND_MODULES,
  KIND_NAMES,
  KINDS,
  handlersOf,
  isUuid,
  createResolver
};
