// fast-check 4 caps generated arrays and strings at about 10 elements unless `size` is given, whatever
// `maxLength` says. Property tests here state the lengths they mean (a framer fed 60 lines, a time
// series of 400 adds): make `maxLength` mean that, for every test file.
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), defaultSizeToMaxWhenMaxSpecified: true });
