// String arrays with varied lengths (grouping uses display width)
console.log(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg']);
console.log(['x', 'y', 'z', 'a very much longer string than the rest', 'w', 'v', 'u']);
const cities = ['Paris', 'London', 'Tokyo', 'New York', 'Sydney', 'Cairo', 'Lima', 'Oslo', 'Rome', 'Berlin', 'Madrid', 'Seoul', 'Delhi', 'Dubai', 'Moscow', 'Toronto'];
console.log(cities);
console.log(cities.map(function (c) { return c.toUpperCase(); }).concat(cities.slice(0, 4)));
console.log(['it\'s', 'x', 'y', 'z', 'w', 'v', 'u']);
console.log(['日本', '中国', '한국', 'abc', 'de', 'f', 'gh', 'ijk']);
