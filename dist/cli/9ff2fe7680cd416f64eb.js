module.exports = eval("require")("../../../shared/dashboard/assets/dashboard.css");
