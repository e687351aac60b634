export const id = 3968;
export const ids = [3968];
export const modules = {

/***/ 73968:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_runtime_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6880);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13340);


void (0,_shared_runtime_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .spec */ .I);


/***/ })

};
