module.exports = eval("require")("../../../shared/dashboard/assets/dashboard.js");
